import { draftOf } from '../../../lib/home-interview-draft';
import { type FormEvent, useState } from 'react';
import type { ErrorData } from '../../../../../shared/contract/result';
import {
  quickStartCount,
  roleFamilies,
  roleFamilyLabels,
  type RoleFamily,
  roleLevelLabels,
  roleLevels,
  type RoleLevel,
} from '../../../../../shared/domain/first-run';
import { api } from '../../../api/client';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Field } from '../../../components/Field';
import { TextField } from '../../../components/TextField';
import { interviewLimits } from '../../../../../shared/domain/reflection/interview';
import { errorId, type FieldErrors, fieldErrors, lastSegment } from '../../../lib/field-errors';
import { markFresh } from '../../../lib/fresh-session';
import { navigate } from '../../../lib/navigation';
import { draftFromNext, nextInterviewInput, type NextInterviewDraft } from './next-interview';

/**
 * The first screen of a new user: what they are preparing for (role family and level, which choose the banks
 * a set-up starts from) and, optionally, their next interview (logged like any interview, so readiness and
 * reflection see it). "Start a 3-question practice" runs a short soft-timed first session at once; "Set up my
 * own session" opens the full set-up with the same banks ticked. Both are editable later (Settings, Reflection).
 * `onSetUp` is called once the choices are saved and the full set-up should show.
 */
export function FirstRun({ onSetUp }: { onSetUp: () => void }) {
  const [family, setFamily] = useState<RoleFamily>('audit');
  const [level, setLevel] = useState<RoleLevel>('trainee');
  const [next, setNext] = useState<NextInterviewDraft>({ date: '', company: '', role: '' });
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ErrorData | null>(null);

  /**
   * Saves the interview (if any) first, then the choices. The interview is optional, so it never holds
   * up the start: one that is not complete yet (no date, a day that has passed, no company or role) is
   * kept in the data folder as typed, and home offers to finish logging it, naming what is missing.
   */
  async function save(): Promise<boolean> {
    const interview = nextInterviewInput(next, new Date());
    if (!interview.ok) {
      const kept = await api.reflection.saveInterviewDraft({ draft: draftOf(draftFromNext(next)) });
      if (!kept.ok) {
        setErrors(fieldErrors(kept.error, lastSegment));
        if (!kept.error.issues?.length) setError(kept.error);
        return false;
      }
    } else if (interview.value) {
      const saved = await api.reflection.saveInterview(interview.value);
      if (!saved.ok) {
        // The main process refused it (e.g. a character the text rules do not allow): named at its field, nothing saved.
        setErrors(fieldErrors(saved.error, lastSegment));
        if (!saved.error.issues?.length) setError(saved.error);
        return false;
      }
    }
    const prefs = await api.settings.update({ roleFamily: family, roleLevel: level, onboarded: true });
    if (!prefs.ok) setError(prefs.error);
    return prefs.ok;
  }

  async function run(action: 'quick' | 'setup') {
    setBusy(true);
    setErrors({});
    setError(null);
    try {
      if (!(await save())) return;
      if (action === 'setup') return onSetUp();
      const options = await api.sessions.setupOptions({});
      if (!options.ok) return setError(options.error);
      const started = await api.sessions.start({ setup: { ...options.value.defaults, count: quickStartCount, pressure: 'soft' } });
      if (!started.ok) return setError(started.error);
      markFresh(started.value.id);
      navigate(`/practice/session/${started.value.id}`);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void run('quick');
  }

  return (
    <section aria-labelledby="first-run-heading" className="first-run">
      <h1 id="first-run-heading">Welcome to Rehearse</h1>
      <p className="muted">Two quick choices and you are practising. Everything here can be changed later in Settings.</p>
      {error && <ErrorMessage error={error} />}
      <form onSubmit={submit} noValidate className="first-run-form">
        <fieldset className="first-run-family">
          <legend>What are you preparing for?</legend>
          {roleFamilies.map((value) => (
            <label key={value}>
              <input type="radio" name="role-family" value={value} checked={family === value} onChange={() => setFamily(value)} />
              {roleFamilyLabels[value]}
            </label>
          ))}
        </fieldset>
        <label className="first-run-level">
          Your level
          <select value={level} onChange={(e) => setLevel(e.currentTarget.value as RoleLevel)}>
            {roleLevels.map((value) => (
              <option key={value} value={value}>
                {roleLevelLabels[value]}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="first-run-next">
          <legend>Your next interview (optional)</legend>
          <Field
            label="Date"
            error={errors.date}
            render={(control) => (
              <input type="date" value={next.date} onChange={(e) => setNext({ ...next, date: e.currentTarget.value })} {...control} />
            )}
          />
          <TextField
            label="Company"
            value={next.company}
            limit={interviewLimits.companyMax}
            error={errors.company}
            errorId={errorId('next', 'company')}
            onChange={(company) => setNext({ ...next, company })}
          />
          <TextField
            label="Role"
            value={next.role}
            limit={interviewLimits.roleMax}
            error={errors.role}
            errorId={errorId('next', 'role')}
            onChange={(role) => setNext({ ...next, role })}
          />
        </fieldset>
        <div className="button-row first-run-actions">
          <button type="submit" className="primary big" disabled={busy}>
            {busy ? 'Starting…' : `Start a ${quickStartCount}-question practice`}
          </button>
          <button type="button" disabled={busy} onClick={() => void run('setup')}>
            Set up my own session
          </button>
        </div>
        <p className="muted hint">
          The quick practice asks {quickStartCount} questions with a soft timer: you see the time, nothing cuts you off.
        </p>
      </form>
    </section>
  );
}
