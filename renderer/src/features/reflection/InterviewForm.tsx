import type { FormEvent } from 'react';
import {
  formatLabels,
  interviewFormats,
  interviewOutcomes,
  interviewStages,
  outcomeLabels,
  stageLabels,
  type InterviewFormat,
  type InterviewOutcome,
  type InterviewStage,
  interviewLimits,
} from '../../../../shared/domain/reflection/interview';
import { TextField, type TextFieldProps } from '../../components/TextField';
import { errorId, type FieldErrors } from '../../lib/field-errors';
import { FieldError } from '../../components/FieldError';

/** The form's values as typed; `heldAt` is a `datetime-local` value. */
export interface InterviewFormValues {
  company: string;
  role: string;
  heldAt: string;
  stage: InterviewStage;
  format: InterviewFormat;
  interviewerName: string;
  interviewerEmail: string;
  jobDescription: string;
  outcome: InterviewOutcome;
  notes: string;
}

export const blankInterview: InterviewFormValues = {
  company: '',
  role: '',
  heldAt: '',
  stage: 'first',
  format: 'video',
  interviewerName: '',
  interviewerEmail: '',
  jobDescription: '',
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

/** The interview log form. Checked by the main process; its messages appear at each field. */
export function InterviewForm({ values, onChange, onSubmit, onCancel, issues, submitLabel, busy }: Props) {
  const set = <K extends keyof InterviewFormValues>(key: K, value: InterviewFormValues[K]) => onChange({ ...values, [key]: value });
  const described = (path: keyof InterviewFormValues) =>
    issues[path] ? { 'aria-invalid': true as const, 'aria-describedby': errorId('interview', path) } : {};
  const message = (path: keyof InterviewFormValues) => <FieldError id={errorId('interview', path)} message={issues[path]} />;
  type TextPath = 'company' | 'role' | 'interviewerName' | 'interviewerEmail' | 'jobDescription' | 'notes';
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
      <div className="form-grid">
        {text('company', 'Company (required)', 'The company name', interviewLimits.companyMax, { required: true })}
        {text('role', 'Role (required)', 'The role', interviewLimits.roleMax, { required: true })}
        <div className="field">
          <label>
            Date and time (required)
            <input
              type="datetime-local"
              value={values.heldAt}
              required
              {...described('heldAt')}
              onChange={(e) => set('heldAt', e.currentTarget.value)}
            />
          </label>
          {message('heldAt')}
        </div>
        <div className="field">
          <label>
            Stage
            <select value={values.stage} {...described('stage')} onChange={(e) => set('stage', e.currentTarget.value as InterviewStage)}>
              {interviewStages.map((s) => (
                <option key={s} value={s}>
                  {stageLabels[s]}
                </option>
              ))}
            </select>
          </label>
          {message('stage')}
        </div>
        <div className="field">
          <label>
            Format
            <select
              value={values.format}
              {...described('format')}
              onChange={(e) => set('format', e.currentTarget.value as InterviewFormat)}
            >
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
      </div>
      {text('jobDescription', 'Job description (optional, paste it here)', 'The job description', interviewLimits.jobDescriptionMax, {
        rows: 5,
      })}
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
