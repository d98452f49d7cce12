import { type FormEvent, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import { interviewLimits, interviewStages, stageLabels, type InterviewStage } from '../../../../shared/domain/reflection/interview';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FieldError } from '../../components/FieldError';
import { TextField } from '../../components/TextField';
import { errorId, fieldErrors, type FieldErrors } from '../../lib/field-errors';

interface Values {
  company: string;
  role: string;
  date: string;
  time: string;
  stage: InterviewStage;
  jobDescription: string;
}

const blank: Values = { company: '', role: '', date: '', time: '09:00', stage: 'first', jobDescription: '' };

/** Today as a `YYYY-MM-DD` value for the date input's minimum. */
function todayValue(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Logs an upcoming interview from home in a few fields. It is saved through
 * the interview log's own channel and checks (`reflection.saveInterview`);
 * the format is recorded as video until the user edits the interview.
 */
export function LogInterviewForm({ onLogged, onCancel }: { onLogged: (id: number) => void; onCancel: () => void }) {
  const [values, setValues] = useState<Values>(blank);
  const [issues, setIssues] = useState<FieldErrors>({});
  const [error, setError] = useState<ErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const described = (path: string) =>
    issues[path] ? { 'aria-invalid': true as const, 'aria-describedby': errorId('log-interview', path) } : {};
  const message = (path: string) => <FieldError id={errorId('log-interview', path)} message={issues[path]} />;

  async function submit() {
    const local: FieldErrors = {};
    const at = values.date ? new Date(`${values.date}T${values.time || '09:00'}`) : null;
    if (!values.date || !at || Number.isNaN(at.getTime())) local.date = 'Enter the date of the interview';
    else if (values.date < todayValue()) local.date = 'Pick today or a later day: this is for an interview still to come';
    if (Object.keys(local).length > 0) {
      setIssues(local);
      return;
    }
    setBusy(true);
    const saved = await api.reflection.saveInterview({
      company: values.company,
      role: values.role,
      heldAt: at!.toISOString(),
      stage: values.stage,
      format: 'video',
      jobDescription: values.jobDescription,
    });
    setBusy(false);
    if (!saved.ok) {
      const byField = fieldErrors(saved.error, (p) => (p === 'heldAt' ? 'date' : p));
      setIssues(byField);
      setError(Object.keys(byField).length > 0 ? null : saved.error);
      return;
    }
    onLogged(saved.value.id);
  }

  return (
    <form
      className="stack log-interview"
      aria-label="Log an upcoming interview"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void submit();
      }}
    >
      {error && <ErrorMessage error={error} />}
      <div className="form-grid">
        <TextField
          label="Company (required)"
          name="The company name"
          required
          value={values.company}
          limit={interviewLimits.companyMax}
          error={issues.company}
          errorId={errorId('log-interview', 'company')}
          onChange={(company) => set('company', company)}
        />
        <TextField
          label="Role (required)"
          name="The role"
          required
          value={values.role}
          limit={interviewLimits.roleMax}
          error={issues.role}
          errorId={errorId('log-interview', 'role')}
          onChange={(role) => set('role', role)}
        />
        <div className="field">
          <label>
            Date (required)
            <input
              type="date"
              value={values.date}
              min={todayValue()}
              required
              {...described('date')}
              onChange={(e) => set('date', e.currentTarget.value)}
            />
          </label>
          {message('date')}
        </div>
        <div className="field">
          <label>
            Time
            <input type="time" value={values.time} onChange={(e) => set('time', e.currentTarget.value)} />
          </label>
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
      </div>
      <TextField
        label="Job description (optional: used to suggest questions, never sent anywhere)"
        name="The job description"
        rows={4}
        value={values.jobDescription}
        limit={interviewLimits.jobDescriptionMax}
        error={issues.jobDescription}
        errorId={errorId('log-interview', 'jobDescription')}
        onChange={(jobDescription) => set('jobDescription', jobDescription)}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save and plan what to practise'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
