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
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { fieldClass } from '../../components/interview/InterviewFields';
import { localDayKey } from '../../../../shared/domain/progress/calendar';
import { useHomeInterviewDraft } from '../../lib/home-interview-draft';
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

/** The order in which the card names (and the form focuses) what is still missing. */
const missingOrder: (keyof InterviewCoreValues)[] = ['date', 'company', 'role', 'time', 'stage', 'jobDescription'];

/** "Enter the date of the interview" → "Enter the date of the interview." (the card's sentence ends with a stop). */
const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/**
 * Home's slot for the next real interview (issue 10, item 1): its countdown in
 * local days and what to practise today; past interviews ask for their outcome;
 * with none coming up, a short form to log one. An interview typed but not
 * logged (here or on the first-run screen) is kept in the data folder
 * (useHomeInterviewDraft), and the card offers to finish logging it — focus
 * going to the field still missing — or, after a confirm, to discard it.
 */
export function UpcomingInterviewCard() {
  const [upcoming, reload] = useApiQuery('progress.upcoming', {});
  const [logging, setLogging] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  // What was typed (here, or on the first-run screen) outlives closing the form, a restart and another browser.
  const draft = useHomeInterviewDraft();
  const values = draft.values ?? blankInterviewCore;
  const unfinished = isBlankInterview(values) ? null : interviewFieldIssues(values, { today: localDayKey(new Date()), upcoming: true });
  // The date first: it is what the countdown and the plan hang on, and what a half-filled first run usually lacks.
  const firstMissing = unfinished ? missingOrder.find((key) => unfinished[key]) : undefined;
  // Interviews whose outcome was just recorded here: the refreshed list no longer has them, but their confirmation stays in view.
  const [recorded, setRecorded] = useState<Awaiting[]>([]);
  const logSlot = useRef<HTMLElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  // The button that opened (or the form that closed) is gone: focus the field still missing (else the form's
  // first field), or the button again.
  const focusOnOpen = useRef<keyof InterviewCoreValues | undefined>(undefined);
  useEffect(() => {
    if (!opened.current && !logging) return;
    opened.current = true;
    const form = logSlot.current;
    const missing =
      focusOnOpen.current && form?.querySelector<HTMLElement>(`.${fieldClass(focusOnOpen.current)} :is(input, textarea, select)`);
    (logging ? (missing ?? form?.querySelector<HTMLElement>('input, textarea, select')) : opener.current)?.focus();
  }, [logging]);
  if (upcoming.status === 'loading' || draft.values === null) return null;
  if (upcoming.status === 'error') return <ErrorMessage error={upcoming.error} onRetry={reload} />;
  const { next } = upcoming.value;
  const awaitingOutcome = [
    ...upcoming.value.awaitingOutcome,
    ...recorded.filter((r) => !upcoming.value.awaitingOutcome.some((a) => a.id === r.id)),
  ];
  const open = () => {
    focusOnOpen.current = firstMissing;
    setLogging(true);
  };

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
          {draft.error && <ErrorMessage error={draft.error} />}
          {logging ? (
            <LogInterviewForm
              values={values}
              onChange={draft.change}
              onLogged={(id) => {
                void draft.replace(blankInterviewCore);
                navigate(paths.plan(id));
              }}
              onClose={() => setLogging(false)}
            />
          ) : unfinished ? (
            <div className="callout" role="status">
              <p>
                Not logged yet: your interview{values.company.trim() ? ` at ${values.company.trim()}` : ''}.{' '}
                {sentence((firstMissing && unfinished[firstMissing]) ?? 'Check it and save it')}
              </p>
              {confirmingDiscard ? (
                <ConfirmDialog
                  level={3}
                  title="Discard this interview?"
                  confirmLabel="Discard it"
                  cancelLabel="Keep it"
                  onConfirm={() => {
                    setConfirmingDiscard(false);
                    void draft.replace(blankInterviewCore).then(() => requestAnimationFrame(() => opener.current?.focus()));
                  }}
                  onCancel={() => setConfirmingDiscard(false)}
                >
                  <p>What you typed for it is removed. Nothing else changes.</p>
                </ConfirmDialog>
              ) : (
                <div className="button-row">
                  <button type="button" className="primary" ref={opener} onClick={open}>
                    Finish logging the interview
                  </button>
                  <button type="button" className="danger" onClick={() => setConfirmingDiscard(true)}>
                    Discard it
                  </button>
                </div>
              )}
            </div>
          ) : (
            <>
              <p className="muted">Log its date and Rehearse plans your practice around it, with a countdown and what to do each day.</p>
              <button type="button" ref={opener} onClick={open}>
                Log an interview date
              </button>
            </>
          )}
        </section>
      )}
    </>
  );
}
