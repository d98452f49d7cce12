import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { href, paths } from '../../lib/navigation';
import { formatDate } from '../../../../shared/domain/dates/format';
import { planSourceLabels } from '../../../../shared/domain/readiness/readiness';
import { formatInterviewDay } from '../../../../shared/domain/reflection/interview-when';
import { interviewHeadline } from './format';
import { filterFor } from './question-filters';
import { ReadinessFacts } from './ReadinessFacts';
import './readiness.css';

/**
 * `#/readiness/:id?show=…`: the readiness facts and the plan questions behind
 * them (filtered by the figure that was followed), each linking to its answers
 * attempt by attempt.
 */
export function ReadinessPage({ interviewId, show }: { interviewId: number; show: string }) {
  const [readiness, reload] = useApiQuery('progress.readiness', { interviewId });
  if (readiness.status === 'loading') return <p aria-live="polite">Loading…</p>;
  if (readiness.status === 'error') return <ErrorMessage error={readiness.error} onRetry={reload} />;
  const r = readiness.value;
  const filter = filterFor(show);
  const rows = r.questions.filter((q) => filter.keep(q, r));
  return (
    <section aria-labelledby="readiness-heading" className="stack">
      <h1 id="readiness-heading">Readiness: {interviewHeadline(r.interview)}</h1>
      <p className="muted">
        {formatInterviewDay(r.interview)} · <a href={href(paths.plan(interviewId))}>Edit the preparation plan</a>
      </p>
      <ReadinessFacts readiness={r} headingLevel={2} />
      <h2 id="readiness-questions-heading">
        {filter.title} ({rows.length})
      </h2>
      {show !== 'all' && show !== '' && (
        <p>
          <a href={href(paths.readiness(interviewId))}>Show every plan question</a>
        </p>
      )}
      {rows.length === 0 ? (
        <p className="muted">No plan questions here.</p>
      ) : (
        <table className="readiness-table" aria-labelledby="readiness-questions-heading">
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Answers</th>
              <th scope="col">Recent confidence</th>
              <th scope="col">Timed / over limit</th>
              <th scope="col">Next review</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((q) => (
              <tr key={q.questionId}>
                <td>
                  <a href={href(paths.questionHistory(q.questionId))}>{q.text}</a>
                  <div className="muted">
                    {q.bankName}
                    {q.category ? ` · ${q.category}` : ''} · {planSourceLabels[q.source]}
                  </div>
                </td>
                <td>{q.neverPractised ? 'Never practised' : q.attempts}</td>
                <td>{q.recentConfidence === null ? '—' : `${q.recentConfidence.toFixed(1)}${q.ready ? ' (ready)' : ''}`}</td>
                <td>
                  {q.timed} / {q.overLimit}
                </td>
                <td>
                  {/* A never-practised question has no review to schedule: it waits for a first try, today. A review falls due on a day: no time. */}
                  {q.neverPractised ? 'Not practised yet' : q.due === null ? '—' : q.dueToday ? 'Today' : formatDate(q.due)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
