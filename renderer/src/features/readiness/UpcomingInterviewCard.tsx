import { useEffect, useRef, useState } from 'react';
import type { AwaitingOutcome as Awaiting } from '../../../../shared/domain/readiness/readiness';
import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { blankInterviewCore, type InterviewCoreValues } from '../../../../shared/domain/reflection/interview-form';
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
  // What was typed in the log form outlives its closing (Escape), so opening it again loses nothing.
  const [draft, setDraft] = useState<InterviewCoreValues>(blankInterviewCore);
  // Interviews whose outcome was just recorded here: the refreshed list no longer has them, but their confirmation stays in view.
  const [recorded, setRecorded] = useState<Awaiting[]>([]);
  const logSlot = useRef<HTMLElement>(null);
  const opened = useRef(false);
  // The button that opened (or the form that closed) is gone: focus the form's first field, or the button again.
  useEffect(() => {
    if (!opened.current && !logging) return;
    opened.current = true;
    logSlot.current?.querySelector<HTMLElement>(logging ? 'input, textarea, select' : 'button')?.focus();
  }, [logging]);
  if (upcoming.status === 'loading') return null;
  if (upcoming.status === 'error') return <ErrorMessage error={upcoming.error} onRetry={reload} />;
  const { next } = upcoming.value;
  const awaitingOutcome = [
    ...upcoming.value.awaitingOutcome,
    ...recorded.filter((r) => !upcoming.value.awaitingOutcome.some((a) => a.id === r.id)),
  ];

  return (
    <>
      {awaitingOutcome.map((interview) => (
        <AwaitingOutcome key={interview.id} interview={interview} onRecorded={(done) => setRecorded((list) => [...list, done])} />
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
        <section className="card upcoming-interview" aria-labelledby="upcoming-heading" ref={logSlot}>
          <h2 id="upcoming-heading">Have an interview coming up?</h2>
          {logging ? (
            <LogInterviewForm
              values={draft}
              onChange={setDraft}
              onLogged={(id) => {
                setDraft(blankInterviewCore);
                navigate(paths.plan(id));
              }}
              onClose={() => setLogging(false)}
            />
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
