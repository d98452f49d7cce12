import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { countedRating } from '../../../../shared/domain/progress/answer-facts';
import type { Attempt } from '../../../../shared/domain/progress/question-history';
import { ChartFrame } from './ChartFrame';
import { ChartTable } from './ChartTable';
import { formatDateTime } from '../../../../shared/domain/dates/format';

const tooltipStyle = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)', borderRadius: 8 };

/**
 * One question's confidence attempt by attempt, oldest first: the counted
 * rating (docs/ratings.md) of each rated answer, with the same points as a
 * table. Skipped attempts have no rating and are not points. `attempts` come newest first.
 */
export function AttemptTrend({ attempts }: { attempts: Attempt[] }) {
  const points = attempts
    .filter((a) => !a.skipped)
    .reverse()
    .map((a, i) => ({ n: i + 1, id: a.id, at: a.answeredAt, rating: countedRating(a), blind: a.confidence, replay: a.reviewConfidence }));
  if (points.length === 0) return <p className="empty-state">No rated attempts yet: each rated answer adds a point here.</p>;
  return (
    <figure className="progress-chart">
      <ChartFrame>
        <LineChart responsive style={{ width: '100%', height: 200 }} data={points} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" strokeOpacity={0.4} vertical={false} />
          <XAxis dataKey="n" tick={{ fill: 'var(--text-muted)' }} stroke="var(--border)" allowDecimals={false} />
          <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fill: 'var(--text-muted)' }} stroke="var(--border)" width={32} />
          <Tooltip
            contentStyle={tooltipStyle}
            labelStyle={{ color: 'var(--text)' }}
            formatter={(value) => [value as number, 'Confidence']}
            labelFormatter={(_, payload) => {
              const p = payload[0]?.payload as (typeof points)[number] | undefined;
              return p ? `Attempt ${p.n}, ${formatDateTime(p.at)}` : '';
            }}
          />
          <Line dataKey="rating" stroke="var(--accent)" strokeWidth={2.5} dot={{ r: 3, fill: 'var(--accent)' }} isAnimationActive={false} />
        </LineChart>
      </ChartFrame>
      <figcaption className="muted">Confidence (1–5) at each rated attempt, oldest on the left.</figcaption>
      <ChartTable
        caption="Confidence at each rated attempt, oldest first"
        headers={['Attempt', 'Confidence', 'Right after answering', 'After replaying']}
        rows={points.map((p) => [`${p.n}. ${formatDateTime(p.at)}`, p.rating ?? '—', p.blind ?? '—', p.replay ?? '—'])}
      />
    </figure>
  );
}
