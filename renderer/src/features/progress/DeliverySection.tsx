import '../../components/delivery/delivery.css';
import type { DeliveryMismatch, DeliveryTrendPoint } from '../../../../shared/domain/delivery/summaries';
import { href, paths } from '../../lib/navigation';
import { formatDateTime } from '../../../../shared/domain/dates/format';

export interface DeliveryData {
  trend: DeliveryTrendPoint[];
  mismatches: DeliveryMismatch[];
}

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

/** A small line of one measure over sessions (decoration: the table beside it holds the same numbers). */
function Sparkline({ values, max, label }: { values: number[]; max: number; label: string }) {
  const w = 160;
  const h = 32;
  const x = (i: number) => (values.length === 1 ? w / 2 : (i / (values.length - 1)) * (w - 8) + 4);
  const y = (v: number) => h - 4 - (Math.min(v, max) / max) * (h - 8);
  return (
    <figure className="delivery-spark">
      <svg viewBox={`0 0 ${w} ${h}`} aria-hidden="true" focusable="false">
        <polyline fill="none" className="delivery-spark-line" points={values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} />
        {values.map((v, i) => (
          <circle key={i} className="delivery-spark-dot" cx={x(i)} cy={y(v)} r={2.5} />
        ))}
      </svg>
      <figcaption className="muted">{label}</figcaption>
    </figure>
  );
}

/** Long pauses and talk ratio over the recent sessions whose recordings were analysed (issue 15). */
export function DeliveryTrend({ trend }: { trend: DeliveryTrendPoint[] }) {
  if (trend.length === 0)
    return <p className="muted">Record your answers and their pauses and speaking time will be followed here, session by session.</p>;
  const maxPauses = Math.max(1, ...trend.map((t) => t.longPausesPerAnswer));
  return (
    <>
      <div className="delivery-sparks">
        <Sparkline values={trend.map((t) => t.longPausesPerAnswer)} max={maxPauses} label="Pauses of 3 s or more per answer" />
        <Sparkline values={trend.map((t) => t.talkRatio)} max={1} label="Share of the recording spent speaking" />
      </div>
      <table className="delivery-trend-table">
        <caption className="visually-hidden">Pauses and speaking time per session, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Session</th>
            <th scope="col">Answers measured</th>
            <th scope="col">Pauses of 3 s or more per answer</th>
            <th scope="col">Speaking</th>
          </tr>
        </thead>
        <tbody>
          {trend.map((t) => (
            <tr key={t.sessionId}>
              <th scope="row">
                <a href={href(paths.session(t.sessionId))}>{formatDateTime(t.startedAt)}</a>
              </th>
              <td>{t.analysed}</td>
              <td>{t.longPausesPerAnswer.toFixed(1)}</td>
              <td>{percent(t.talkRatio)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Answers rated 4–5 whose measured facts disagree, for "How your ratings compare". */
export function DeliveryMismatches({ mismatches }: { mismatches: DeliveryMismatch[] }) {
  if (mismatches.length === 0) return null;
  return (
    <div className="delivery-mismatches">
      <h3>Rated 4–5, but the recording shows</h3>
      <ul>
        {mismatches.map((m) => (
          <li key={`${m.sessionId}-${m.position}`}>
            <a href={href(paths.questionHistory(m.questionId))}>{m.question}</a>{' '}
            <span className="muted">
              (rated {m.confidence}, {formatDateTime(m.answeredAt)})
            </span>
            : {m.reasons.join('; ')}.
          </li>
        ))}
      </ul>
    </div>
  );
}
