import type { SessionListEntry } from '../../../../../shared/domain/sessions';
import { formatDateTime } from '../../../../../shared/domain/dates/format';
import { answeredPhrase } from '../session-counts';

/** Past sessions, newest first, each opening its summary. */
export function RecentSessions({ sessions }: { sessions: SessionListEntry[] }) {
  const done = sessions.filter((s) => s.status === 'completed');
  if (done.length === 0) return null;
  return (
    <section aria-labelledby="recent-heading" className="recent-sessions">
      <h2 id="recent-heading">Recent sessions</h2>
      <ul>
        {done.map((s) => (
          <li key={s.id}>
            <a href={`#/practice/session/${s.id}`}>{formatDateTime(s.startedAt)}</a>
            <span className="muted">
              {' '}
              · {answeredPhrase(s)}
              {s.averageConfidence !== null && ` · average confidence ${s.averageConfidence.toFixed(1)}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
