import { interviewName } from '../../../../shared/domain/reflection/interview-name';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DismissReminder } from '../../components/DismissReminder';
import { useState } from 'react';
import { reflectionSteps, stepCount } from '../../../../shared/domain/reflection/drafts';
import { href, paths } from '../../lib/navigation';
import { type InterviewSummary, outcomeLabels } from '../../../../shared/domain/reflection/interview';
import { interviewFactsLine } from '../../../../shared/domain/reflection/interview-when';

/** The reflection step where the thank-you note is sent and marked as sent ("Respond to the interviewer"). */
const respondStep = reflectionSteps.find((s) => s.name === 'respond')!.number;

interface Props {
  interviews: InterviewSummary[];
  onDelete: (interview: InterviewSummary) => void;
}

function reflectionLabel(interview: InterviewSummary): string {
  if (interview.reflectionStatus === 'finished') return 'Reflection finished';
  if (interview.reflectionStatus === 'not_started' || interview.currentStep === null) return 'Not reflected on yet';
  return interview.currentStep > stepCount ? 'Reflection: on the summary' : `Reflection: step ${interview.currentStep} of ${stepCount}`;
}

/** The interview log: one card per interview, newest first, with its reflection state and reminders. */
export function InterviewList({ interviews, onDelete }: Props) {
  const [confirming, setConfirming] = useState<number | null>(null);
  // Reminders dismissed here: hidden at once, before the refreshed list (which leaves them out) arrives.
  const [dismissed, setDismissed] = useState<ReadonlySet<number>>(new Set());

  return (
    <ul className="interview-list">
      {interviews.map((interview) => {
        const name = interviewName(interview);
        return (
          <li key={interview.id} className="card interview-card">
            <h3>{name}</h3>
            <p className="muted">{interviewFactsLine(interview)}</p>
            <p>
              <span className={`badge outcome-${interview.outcome}`}>{outcomeLabels[interview.outcome]}</span> {reflectionLabel(interview)}
              {interview.openActionCount > 0 &&
                ` · ${interview.openActionCount} open action item${interview.openActionCount === 1 ? '' : 's'}`}
            </p>
            {interview.thankYouReminder && !dismissed.has(interview.id) && (
              <div className="callout callout-warning reminder">
                <p>
                  Reminder: the thank-you note is not marked as sent, and it has been over a day.{' '}
                  <a href={href(paths.reflectionStep(interview.id, respondStep))}>
                    Send it or mark it as sent<span className="visually-hidden"> for {name}</span>
                  </a>
                </p>
                <DismissReminder
                  interviewId={interview.id}
                  kind="thank_you"
                  what={`the thank-you reminder for ${name}`}
                  onDismissed={() => setDismissed((ids) => new Set([...ids, interview.id]))}
                />
              </div>
            )}
            {confirming === interview.id ? (
              <ConfirmDialog
                level={3}
                title={`Delete ${name}?`}
                confirmLabel="Delete for good"
                cancelLabel="Keep it"
                onConfirm={() => onDelete(interview)}
                onCancel={() => setConfirming(null)}
              >
                <p>Its reflection and action items are deleted with it. This cannot be undone.</p>
              </ConfirmDialog>
            ) : (
              <div className="button-row">
                <a className="button-link primary" href={`#/reflection/interview/${interview.id}`}>
                  {interview.reflectionStatus === 'not_started' ? 'Reflect' : 'Continue reflection'}{' '}
                  <span className="visually-hidden">on {name}</span>
                </a>
                <a className="button-link" href={`#/reflection/interview/${interview.id}/asks`}>
                  My questions to ask <span className="visually-hidden">at {name}</span>
                </a>
                <a className="button-link" href={`#/reflection/interview/${interview.id}/edit`}>
                  Edit <span className="visually-hidden">{name}</span>
                </a>
                <button type="button" className="danger" onClick={() => setConfirming(interview.id)}>
                  Delete <span className="visually-hidden">{name}</span>
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
