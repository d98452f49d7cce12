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
} from '../../../../shared/domain/reflection/interview';
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
        <div className="field">
          <label>
            Company (required)
            <input
              value={values.company}
              maxLength={120}
              required
              {...described('company')}
              onChange={(e) => set('company', e.currentTarget.value)}
            />
          </label>
          {message('company')}
        </div>
        <div className="field">
          <label>
            Role (required)
            <input
              value={values.role}
              maxLength={120}
              required
              {...described('role')}
              onChange={(e) => set('role', e.currentTarget.value)}
            />
          </label>
          {message('role')}
        </div>
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
        <div className="field">
          <label>
            Interviewer’s name (optional)
            <input
              value={values.interviewerName}
              maxLength={120}
              {...described('interviewerName')}
              onChange={(e) => set('interviewerName', e.currentTarget.value)}
            />
          </label>
          {message('interviewerName')}
        </div>
        <div className="field">
          <label>
            Interviewer’s email (optional)
            <input
              type="email"
              value={values.interviewerEmail}
              maxLength={254}
              autoComplete="off"
              {...described('interviewerEmail')}
              onChange={(e) => set('interviewerEmail', e.currentTarget.value)}
            />
          </label>
          {message('interviewerEmail')}
        </div>
      </div>
      <div className="field">
        <label>
          Job description (optional, paste it here)
          <textarea
            rows={5}
            value={values.jobDescription}
            {...described('jobDescription')}
            onChange={(e) => set('jobDescription', e.currentTarget.value)}
          />
        </label>
        {message('jobDescription')}
      </div>
      <div className="field">
        <label>
          Notes
          <textarea rows={3} value={values.notes} {...described('notes')} onChange={(e) => set('notes', e.currentTarget.value)} />
        </label>
        {message('notes')}
      </div>
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
