import { formatCalendarDay } from '../../../../shared/domain/dates/format';
import { interviewName, interviewWhen } from '../../../../shared/domain/reflection/interview-name';
import { type FormEvent, useId, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import { storyLimits, type StoryUse } from '../../../../shared/domain/stories/stories';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FieldError } from '../../components/FieldError';
import { TextField } from '../../components/TextField';
import { formErrors } from '../../lib/field-errors';

interface Props {
  storyId: number;
  uses: readonly StoryUse[];
}

/** Where the story was told: pick a logged interview or type a company, so the same story is not told twice to one firm. */
export function StoryUses({ storyId, uses }: Props) {
  const id = useId();
  const [interviews] = useApiQuery('reflection.listInterviews', {});
  const [interviewId, setInterviewId] = useState('');
  const [company, setCompany] = useState('');
  const [usedOn, setUsedOn] = useState('');
  const [error, setError] = useState<ErrorData | null>(null);
  const [status, setStatus] = useState('');
  const { byField, other } = formErrors(error, ['company', 'usedOn', 'interviewId']);
  const logged = interviews.status === 'ready' ? interviews.value : [];

  async function add(event: FormEvent) {
    event.preventDefault();
    const chosen = logged.find((i) => String(i.id) === interviewId);
    const result = await api.stories.addUse({
      storyId,
      use: chosen
        ? { company: chosen.company, usedOn: chosen.heldOn, interviewId: chosen.id }
        : { company, usedOn: usedOn === '' ? null : usedOn, interviewId: null },
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    setCompany('');
    setUsedOn('');
    setInterviewId('');
    setStatus(`Recorded: used at ${chosen?.company ?? company.trim()}.`);
  }

  async function remove(use: StoryUse) {
    const result = await api.stories.removeUse({ storyId, useId: use.id });
    if (!result.ok) return setError(result.error);
    setError(null);
    setStatus(`Removed the use at ${use.company}.`);
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="card">
      <h2 id={`${id}-heading`}>Where I used it</h2>
      {uses.length === 0 ? (
        <p className="muted">Not used at an interview yet.</p>
      ) : (
        <ul className="story-uses">
          {uses.map((use) => (
            <li key={use.id}>
              {use.company}
              {use.usedOn && ` — ${formatCalendarDay(use.usedOn, 'long')}`}{' '}
              <button type="button" onClick={() => void remove(use)}>
                Remove<span className="visually-hidden"> the use at {use.company}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)} noValidate className="use-form">
        {logged.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-interview`}>Interview from my log</label>
            <select id={`${id}-interview`} value={interviewId} onChange={(e) => setInterviewId(e.currentTarget.value)}>
              <option value="">None — type a company instead</option>
              {logged.map((i) => (
                <option key={i.id} value={String(i.id)}>
                  {interviewName(i)}, {interviewWhen(i)}
                </option>
              ))}
            </select>
          </div>
        )}
        {interviewId === '' && (
          <>
            <TextField label="Company" value={company} limit={storyLimits.companyMax} error={byField.company} onChange={setCompany} />
            <div className="field">
              <label htmlFor={`${id}-day`}>Date (optional)</label>
              <input
                id={`${id}-day`}
                type="date"
                value={usedOn}
                aria-invalid={byField.usedOn ? true : undefined}
                aria-describedby={byField.usedOn ? `${id}-day-error` : undefined}
                onChange={(e) => setUsedOn(e.currentTarget.value)}
              />
              <FieldError id={`${id}-day-error`} message={byField.usedOn} />
            </div>
          </>
        )}
        <button type="submit">Record use</button>
      </form>
      {other && <ErrorMessage error={other} />}
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
    </section>
  );
}
