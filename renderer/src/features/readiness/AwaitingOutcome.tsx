import { useLayoutEffect, useRef, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import type { AwaitingOutcome as Awaiting } from '../../../../shared/domain/readiness/readiness';
import { interviewOutcomes, type InterviewOutcome, outcomeLabels } from '../../../../shared/domain/reflection/interview';
import { api } from '../../api/client';
import { DismissReminder } from '../../components/DismissReminder';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useEditConflict } from '../../components/use-edit-conflict';
import { describeInterviewValue, interviewConflictLabels } from '../../components/interview/interview-conflict';
import { href, paths } from '../../lib/navigation';
import { interviewWhen } from '../../../../shared/domain/reflection/interview-name';

/**
 * After an interview's date: "How did it go?" with the outcomes as buttons;
 * after a rejection, an invitation to reflect. `onRecorded` lets the parent
 * keep this card on screen after the interview leaves the awaiting list, so
 * the confirmation and its reflection link are seen (and focused).
 */
export function AwaitingOutcome({ interview, onRecorded }: { interview: Awaiting; onRecorded?: (interview: Awaiting) => void }) {
  const [saved, setSaved] = useState<InterviewOutcome | null>(null);
  const confirmation = useRef<HTMLParagraphElement>(null);
  // The outcome buttons are gone once it is saved: focus goes to the sentence that says so and links onwards.
  useLayoutEffect(() => {
    if (saved !== null) confirmation.current?.focus();
  }, [saved]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorData | null>(null);
  // Dismissed ("not now"): the card goes at once; the saved dismissal keeps it away after a restart.
  const [dismissed, setDismissed] = useState(false);
  const headingId = `outcome-${interview.id}-heading`;
  const heading = useRef<HTMLHeadingElement>(null);
  // The outcome last chosen, or taken from the other window ("Use theirs"), for the save after a conflict.
  const chosen = useRef<InterviewOutcome>('pending');
  const conflict = useEditConflict({
    labels: interviewConflictLabels,
    describe: describeInterviewValue,
    takeTheirs: (_field, value) => {
      chosen.current = value as InterviewOutcome;
    },
    resave: () => void record(chosen.current),
    focusAfter: () => heading.current,
    headingLevel: 3,
  });

  async function record(outcome: InterviewOutcome) {
    chosen.current = outcome;
    setBusy(true);
    const { id, createdAt: _created, updatedAt: _updated, ...fields } = interview;
    // Only the outcome changes: the rest, as loaded, is its base, so edits made in another window meanwhile are kept.
    const result = await api.reflection.saveInterview({ ...fields, id, outcome, base: conflict.rebase(fields) });
    setBusy(false);
    if (conflict.settle(result.ok ? null : result.error, { outcome })) return setError(null);
    if (!result.ok) return setError(result.error);
    setError(null);
    onRecorded?.(interview);
    setSaved(outcome);
  }

  if (dismissed) return null;
  return (
    <section className="card awaiting-outcome" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        How did it go at {interview.company}? ({interview.role}, {interviewWhen(interview)})
      </h2>
      {saved === null ? (
        <>
          <p>Record the outcome: it ends the preparation plan and keeps your interview log right.</p>
          <div className="actions" role="group" aria-label="Outcome">
            {interviewOutcomes
              .filter((o) => o !== 'pending')
              .map((o) => (
                <button key={o} type="button" disabled={busy} onClick={() => void record(o)}>
                  {outcomeLabels[o]}
                </button>
              ))}
          </div>
          <div className="reminder">
            <p className="muted">Rather not say yet? You can record it later from the interview log.</p>
            <DismissReminder
              interviewId={interview.id}
              kind="outcome"
              what={`the reminder to record how it went at ${interview.company}`}
              onDismissed={() => setDismissed(true)}
            />
          </div>
        </>
      ) : saved === 'rejected' ? (
        <p role="status" ref={confirmation} tabIndex={-1}>
          Saved: rejected. Sorry — it is worth ten minutes now while it is fresh:{' '}
          <a href={href(paths.interview(interview.id))}>reflect on the interview</a>. Questions you struggled with come back for practice
          and join your next interview’s plan.
        </p>
      ) : (
        <p role="status" ref={confirmation} tabIndex={-1}>
          Saved: {outcomeLabels[saved].toLowerCase()}. <a href={href(paths.interview(interview.id))}>Reflect on the interview</a> when you
          are ready.
        </p>
      )}
      {conflict.notice}
      {error && <ErrorMessage error={error} />}
    </section>
  );
}
