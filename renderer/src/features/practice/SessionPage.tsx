import { useState } from 'react';
import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { isFresh } from '../../lib/fresh-session';
import { SessionRunner } from './runner/SessionRunner';
import { SessionSummary } from './summary/SessionSummary';

/** One session: run it while it is in progress, show its summary once it has ended. */
export function SessionPage({ sessionId }: { sessionId: number }) {
  const [detail, reload] = useApiQuery('sessions.get', { sessionId });
  const [startAtOnce] = useState(() => isFresh(sessionId));
  if (detail.status === 'loading') return <p aria-live="polite">Loading…</p>;
  if (detail.status === 'error') return <ErrorMessage error={detail.error} onRetry={reload} />;
  const session = detail.value;
  if (session.status === 'in_progress') return <SessionRunner initial={session} startAtOnce={startAtOnce} onEnded={reload} />;
  if (session.status === 'abandoned')
    return (
      <section className="card">
        <h1>Session ended</h1>
        <p>This session ended before any question was answered, so there is nothing to summarise.</p>
        <a href="#/practice">Back to practice</a>
      </section>
    );
  return <SessionSummary detail={session} />;
}
