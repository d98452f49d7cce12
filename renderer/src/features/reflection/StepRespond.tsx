import { interviewName } from '../../../../shared/domain/reflection/interview-name';
import { useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import { DismissReminder } from '../../components/DismissReminder';
import { reflectionLimits, type RespondDraft } from '../../../../shared/domain/reflection/drafts';
import { TextField } from '../../components/TextField';
import { effectiveEmail } from '../../../../shared/domain/reflection/markdown';
import type { EmailKind, InterviewReflection } from '../../../../shared/domain/reflection/reflection';
import { isUpcoming } from '../../../../shared/domain/reflection/interview-when';
import { EmailDraftCard } from './EmailDraftCard';
import { errorId, type FieldErrors } from '../../lib/field-errors';
import { FieldError } from '../../components/FieldError';

interface Props {
  reflection: InterviewReflection;
  draft: RespondDraft;
  onChange: (draft: RespondDraft) => void;
  onBlur: () => void;
  issues: FieldErrors;
  today: string;
  onMarkSent: (kind: EmailKind, sentOn: string | null) => Promise<ErrorData | null>;
}

export function StepRespond({ reflection, draft, onChange, onBlur, issues, today, onMarkSent }: Props) {
  const set = (patch: Partial<RespondDraft>) => onChange({ ...draft, ...patch });
  // The emails are drawn from the draft being typed, not the last saved one.
  const current = { ...reflection, drafts: { ...reflection.drafts, respond: draft } };
  const { interview } = reflection;
  const [dismissed, setDismissed] = useState(false);
  return (
    <div className="stack" onBlur={onBlur}>
      <p>
        A short thank-you within a day, and a polite request for feedback, keep the door open with {interview.company}.
        {interview.interviewerName ? ` Both are addressed to ${interview.interviewerName}.` : ''}
      </p>
      {isUpcoming(interview, new Date()) && (
        <p className="callout" role="note">
          This interview is {interview.heldOn === today ? 'today' : 'still to come'}: the notes below are written for after it, so send them
          once it has taken place.
        </p>
      )}
      {reflection.thankYouReminder && !dismissed && (
        <div className="callout callout-warning reminder">
          <p role="status">It has been more than a day since the interview and the thank-you note is not marked as sent.</p>
          <DismissReminder
            interviewId={interview.id}
            kind="thank_you"
            what={`the thank-you reminder for ${interviewName(interview)}`}
            onDismissed={() => setDismissed(true)}
          />
        </div>
      )}
      <TextField
        label="One thing we discussed (it goes into both emails)"
        name="One thing we discussed"
        value={draft.discussed}
        limit={reflectionLimits.discussedMax}
        onChange={(discussed) => set({ discussed })}
      />
      <TextField
        label="My name, to sign with"
        name="Your name"
        value={draft.signature}
        limit={reflectionLimits.signatureMax}
        autoComplete="name"
        onChange={(signature) => set({ signature })}
      />
      <EmailDraftCard
        title="Thank-you note"
        draft={effectiveEmail(current, 'thank_you')}
        edited={draft.thankYou !== null}
        onEdit={(thankYou) => set({ thankYou })}
        to={interview.interviewerEmail}
        sentOn={reflection.thankYouSentOn}
        today={today}
        onMarkSent={(sentOn) => onMarkSent('thank_you', sentOn)}
      />
      <EmailDraftCard
        title="Feedback request"
        draft={effectiveEmail(current, 'feedback_request')}
        edited={draft.feedbackRequest !== null}
        onEdit={(feedbackRequest) => set({ feedbackRequest })}
        to={interview.interviewerEmail}
        sentOn={reflection.feedbackRequestSentOn}
        today={today}
        onMarkSent={(sentOn) => onMarkSent('feedback_request', sentOn)}
      />
      <fieldset>
        <legend>Feedback received</legend>
        <TextField
          label="What they said"
          name="The feedback"
          rows={4}
          value={draft.feedbackReceived}
          limit={reflectionLimits.feedbackMax}
          onChange={(feedbackReceived) => set({ feedbackReceived })}
        />
        <label>
          Date it arrived
          <input
            type="date"
            value={draft.feedbackReceivedOn ?? ''}
            max={today}
            aria-invalid={issues.feedbackReceivedOn ? true : undefined}
            aria-describedby={issues.feedbackReceivedOn ? errorId('respond', 'feedbackReceivedOn') : undefined}
            onChange={(e) => set({ feedbackReceivedOn: e.currentTarget.value || null })}
          />
        </label>
        <FieldError id={errorId('respond', 'feedbackReceivedOn')} message={issues.feedbackReceivedOn} />
      </fieldset>
    </div>
  );
}
