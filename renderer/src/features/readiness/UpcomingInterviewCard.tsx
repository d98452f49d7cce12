import { useEffect, useRef, useState } from 'react';
import type { AwaitingOutcome as Awaiting } from '../../../../shared/domain/readiness/readiness';
import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import {
  blankInterviewCore,
  type InterviewCoreValues,
  interviewFieldIssues,
  isBlankInterview,
} from '../../../../shared/domain/reflection/interview-form';
import { localDayKey } from '../../../../shared/domain/progress/calendar';
import { clearHomeInterviewDraft, keepHomeInterviewDraft, readHomeInterviewDraft } from '../../lib/home-interview-draft';
import { href, navigate, paths } from '../../lib/navigation';
import { AwaitingOutcome } from './AwaitingOutcome';
import { interviewHeadline } from './format';
import { interviewWhen } from '../../../../shared/domain/reflection/interview-name';
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
  // What was typed (here, or on the first-run screen) outlives closing the form and a restart: nothing typed is lost.
  const [draft, setDraftState] = useState<InterviewCoreValues>(() => readHomeInterviewDraft() ?? blankInterviewCore);
  const setDraft = (values: InterviewCoreValues) => {
    setDraftState(values);
    keepHomeInterviewDraft(values);
  };
  const unfinished = isBlankInterview(draft) ? null : interviewFieldIssues(draft, { today: localDayKey(new Date()), upcoming: true });
  // Interviews whose outcome was just recorded here: the refreshed list no longer has them, but their confirmation stays in view.
  const [recorded, setRecorded] = useState<Awaiting[]>([]);
  const logSlot = useRef<HTMLElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  // The button that opened (or the form that closed) is gone: focus the form's first field, or the button again.
  useEffect(() => {
    if (!opened.current && !logging) return;
    opened.current = true;
    (logging ? logSlot.current?.querySelector<HTMLElement>('input, textarea, select') : opener.current)?.focus();
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
          <p className="muted">{interviewWhen(next)}</p>
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
                setDraftState(blankInterviewCore);
                clearHomeInterviewDraft();
                navigate(paths.plan(id));
              }}
              onClose={() => setLogging(false)}
            />
          ) : (
            <>
              {unfinished ? (
                <div className="callout" role="status">
                  <p>
                    Not logged yet: your interview{draft.company.trim() ? ` at ${draft.company.trim()}` : ''}.{' '}
                    {Object.values(unfinished)[0] ?? 'Check it and save it.'}
                  </p>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setDraft(blankInterviewCore);
                      // The note (and this link) go: focus the card's button rather than losing it to the page.
                      requestAnimationFrame(() => opener.current?.focus());
                    }}
                  >
                    Discard it
                  </button>
                </div>
              ) : (
                <p className="muted">Log its date and Rehearse plans your practice around it, with a countdown and what to do each day.</p>
              )}
              <button type="button" ref={opener} onClick={() => setLogging(true)}>
                {unfinished ? 'Finish logging the interview' : 'Log an interview date'}
              </button>
            </>
          )}
        </section>
      )}
    </>
  );
}
