import type { FormEvent } from 'react';
import {
  formatLabels,
  interviewFormats,
  interviewOutcomes,
  outcomeLabels,
  type InterviewFormat,
  type InterviewOutcome,
  interviewLimits,
  notGiven,
} from '../../../../shared/domain/reflection/interview';
import { InterviewFields } from '../../components/interview/InterviewFields';
import { blankInterviewCore, type InterviewCoreValues } from '../../../../shared/domain/reflection/interview-form';
import { TextField, type TextFieldProps } from '../../components/TextField';
import { errorId, type FieldErrors } from '../../lib/field-errors';
import { FieldError } from '../../components/FieldError';

/** The form's values as typed: the shared interview fields, and what the log adds (format, outcome, interviewer, notes). */
export type InterviewFormValues = InterviewCoreValues & {
  /** Empty: not given. */
  format: InterviewFormat | '';
  interviewerName: string;
  interviewerEmail: string;
  outcome: InterviewOutcome;
  notes: string;
};

export const blankInterview: InterviewFormValues = {
  ...blankInterviewCore,
  format: '',
  interviewerName: '',
  interviewerEmail: '',
  outcome: 'pending',
  notes: '',
};

interface Props {
  values: InterviewFormValues;
  onChange: (values: InterviewFormValues) => void;
  onSubmit: () => void;
  onCancel: () => void;
  issues: FieldErrors;
  submitLabel: string;
  busy: boolean;
}

/** The interview log form: the shared interview fields plus the log's own. Checked by `interviewFieldIssues` and the main process; messages appear at each field. */
export function InterviewForm({ values, onChange, onSubmit, onCancel, issues, submitLabel, busy }: Props) {
  const set = <K extends keyof InterviewFormValues>(key: K, value: InterviewFormValues[K]) => onChange({ ...values, [key]: value });
  const described = (path: keyof InterviewFormValues) =>
    issues[path] ? { 'aria-invalid': true as const, 'aria-describedby': errorId('interview', path) } : {};
  const message = (path: keyof InterviewFormValues) => <FieldError id={errorId('interview', path)} message={issues[path]} />;
  type TextPath = 'interviewerName' | 'interviewerEmail' | 'notes';
  const text = (path: TextPath, label: string, name: string, limit: number, extra: Partial<TextFieldProps> = {}) => (
    <TextField
      label={label}
      name={name}
      value={values[path]}
      limit={limit}
      error={issues[path]}
      errorId={errorId('interview', path)}
      onChange={(value) => set(path, value)}
      {...extra}
    />
  );

  return (
    <form
      className="stack interview-form"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <InterviewFields
        values={values}
        onChange={(patch) => onChange({ ...values, ...patch })}
        issues={issues}
        idPrefix="interview"
        jobDescriptionNote="paste it here"
        jobDescriptionRows={5}
      >
        <div className="field">
          <label>
            Format (optional)
            <select
              value={values.format}
              {...described('format')}
              onChange={(e) => set('format', e.currentTarget.value as InterviewFormat | '')}
            >
              <option value="">{notGiven}</option>
              {interviewFormats.map((f) => (
                <option key={f} value={f}>
                  {formatLabels[f]}
                </option>
              ))}
            </select>
          </label>
          {message('format')}
        </div>
        <div className="field">
          <label>
            Outcome
            <select
              value={values.outcome}
              {...described('outcome')}
              onChange={(e) => set('outcome', e.currentTarget.value as InterviewOutcome)}
            >
              {interviewOutcomes.map((o) => (
                <option key={o} value={o}>
                  {outcomeLabels[o]}
                </option>
              ))}
            </select>
          </label>
          {message('outcome')}
        </div>
        {text('interviewerName', 'Interviewer’s name (optional)', 'The interviewer’s name', interviewLimits.interviewerNameMax)}
        {text('interviewerEmail', 'Interviewer’s email (optional)', 'The email address', interviewLimits.emailMax, {
          type: 'email',
          autoComplete: 'off',
        })}
      </InterviewFields>
      {text('notes', 'Notes', 'Notes', interviewLimits.notesMax, { rows: 3 })}
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
