import type { ReactNode } from 'react';
import {
  interviewLimits,
  interviewStages,
  notGiven,
  stageLabels,
  type InterviewStage,
} from '../../../../shared/domain/reflection/interview';
import { errorId, type FieldErrors } from '../../lib/field-errors';
import { FieldError } from '../FieldError';
import { TextField } from '../TextField';
import type { InterviewCoreValues } from '../../../../shared/domain/reflection/interview-form';

/** The class on each field's wrapper, so an opener can put focus on a named field (e.g. the one still missing). */
export const fieldClass = (path: keyof InterviewCoreValues) => `interview-field-${path}`;

interface Props {
  values: InterviewCoreValues;
  onChange: (patch: Partial<InterviewCoreValues>) => void;
  issues: FieldErrors;
  /** Prefix of the message ids (`errorId(prefix, field)`), unique on the page. */
  idPrefix: string;
  /** The earliest day the date input offers (`YYYY-MM-DD`), for an interview still to come. */
  minDate?: string;
  /** Words after "Job description", saying what it is for. */
  jobDescriptionNote: string;
  jobDescriptionRows?: number;
  /** More fields of the same grid, after the stage (format, outcome, interviewer). */
  children?: ReactNode;
}

/**
 * The interview fields every interview form shares: company, role, date, time, stage and the job
 * description (over its limit, the TextField says so and the form's check refuses the save). Messages
 * come from `interviewFieldIssues` and the main process, each at its field and linked to it.
 */
export function InterviewFields({
  values,
  onChange,
  issues,
  idPrefix,
  minDate,
  jobDescriptionNote,
  jobDescriptionRows = 4,
  children,
}: Props) {
  const described = (path: string) => (issues[path] ? { 'aria-invalid': true as const, 'aria-describedby': errorId(idPrefix, path) } : {});
  const message = (path: string) => <FieldError id={errorId(idPrefix, path)} message={issues[path]} />;
  const text = (path: 'company' | 'role', label: string, name: string, limit: number) => (
    <TextField
      label={label}
      name={name}
      required
      value={values[path]}
      limit={limit}
      error={issues[path]}
      errorId={errorId(idPrefix, path)}
      className={fieldClass(path)}
      onChange={(value) => onChange({ [path]: value })}
    />
  );
  return (
    <>
      <div className="form-grid">
        {text('company', 'Company (required)', 'The company name', interviewLimits.companyMax)}
        {text('role', 'Role (required)', 'The role', interviewLimits.roleMax)}
        <div className={`field ${fieldClass('date')}`}>
          <label>
            Date (required)
            <input
              type="date"
              value={values.date}
              min={minDate}
              required
              {...described('date')}
              onChange={(e) => onChange({ date: e.currentTarget.value })}
            />
          </label>
          {message('date')}
        </div>
        <div className={`field ${fieldClass('time')}`}>
          <label>
            Time (optional)
            <input type="time" value={values.time} {...described('time')} onChange={(e) => onChange({ time: e.currentTarget.value })} />
          </label>
          {message('time')}
        </div>
        <div className={`field ${fieldClass('stage')}`}>
          <label>
            Stage (optional)
            <select
              value={values.stage}
              {...described('stage')}
              onChange={(e) => onChange({ stage: e.currentTarget.value as InterviewStage | '' })}
            >
              <option value="">{notGiven}</option>
              {interviewStages.map((s) => (
                <option key={s} value={s}>
                  {stageLabels[s]}
                </option>
              ))}
            </select>
          </label>
          {message('stage')}
        </div>
        {children}
      </div>
      <TextField
        label={`Job description (optional: ${jobDescriptionNote})`}
        name="The job description"
        rows={jobDescriptionRows}
        value={values.jobDescription}
        limit={interviewLimits.jobDescriptionMax}
        error={issues.jobDescription}
        errorId={errorId(idPrefix, 'jobDescription')}
        onChange={(jobDescription) => onChange({ jobDescription })}
      />
    </>
  );
}
