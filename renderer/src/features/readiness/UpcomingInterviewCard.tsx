import { useState } from 'react';
import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { href, navigate, paths } from '../../lib/navigation';
import { AwaitingOutcome } from './AwaitingOutcome';
import { formatInterviewDate, interviewHeadline } from './format';
import { LogInterviewForm } from './LogInterviewForm';
import { ReadinessFacts } from './ReadinessFacts';
import './readiness.css';

/** The readiness facts of the next interview, loaded on their own. */
function NextReadiness({ interviewId }: { interviewId: number }) {
  const [readiness, reload] = useApiQuery('progress.readiness', { interviewId });
  if (readiness.status === 'error') return <ErrorMessage error={readiness.error} onRetry={reload} />;
  if (readiness.status !== 'ready') return null;
  return <ReadinessFacts readiness={readiness.value} />;
}

/**
 * Home's slot for the next real interview (issue 10, item 1): its countdown in
 * local days and what to practise today; past interviews ask for their outcome;
 * with none coming up, a short form to log one.
 */
export function UpcomingInterviewCard() {
  const [upcoming, reload] = useApiQuery('progress.upcoming', {});
  const [logging, setLogging] = useState(false);
  if (upcoming.status === 'loading') return null;
  if (upcoming.status === 'error') return <ErrorMessage error={upcoming.error} onRetry={reload} />;
  const { next, awaitingOutcome } = upcoming.value;

  return (
    <>
      {awaitingOutcome.map((interview) => (
        <AwaitingOutcome key={interview.id} interview={interview} />
      ))}
      {next ? (
        <section className="card upcoming-interview" aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">{interviewHeadline(next)}</h2>
          <p className="muted">{formatInterviewDate(next.heldAt)}</p>
          <NextReadiness interviewId={next.id} />
          <p className="actions">
            <a href={href(paths.plan(next.id))}>Preparation plan ({next.planSize})</a>
            <a href={href(paths.readiness(next.id))}>Readiness in detail</a>
          </p>
        </section>
      ) : (
        <section className="card upcoming-interview" aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">Have an interview coming up?</h2>
          {logging ? (
            <LogInterviewForm onLogged={(id) => navigate(paths.plan(id))} onCancel={() => setLogging(false)} />
          ) : (
            <>
              <p className="muted">Log its date and Rehearse plans your practice around it, with a countdown and what to do each day.</p>
              <button type="button" onClick={() => setLogging(true)}>
                Log an interview date
              </button>
            </>
          )}
        </section>
      )}
    </>
  );
}
