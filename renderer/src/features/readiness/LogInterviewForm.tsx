import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import { localDayKey } from '../../../../shared/domain/progress/calendar';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { InterviewFields } from '../../components/interview/InterviewFields';
import {
  stageOf,
  whenOf,
  interviewFieldIssues,
  interviewFieldKey,
  type InterviewCoreValues,
} from '../../../../shared/domain/reflection/interview-form';
import { fieldErrors, type FieldErrors } from '../../lib/field-errors';

interface Props {
  /** What is typed: kept by the opener, so closing the form (Escape, Cancel) and opening it again loses nothing. */
  values: InterviewCoreValues;
  onChange: (values: InterviewCoreValues) => void;
  onLogged: (id: number) => void;
  /** Escape or Cancel: the opener hides the form and puts focus back on its button. */
  onClose: () => void;
}

/**
 * Logs an upcoming interview from home in a few fields (the shared InterviewFields and their check).
 * It is saved through the interview log's own channel and checks (`reflection.saveInterview`); what
 * it does not ask (the format) and what is left empty (time, stage) is saved as not given. A refused save moves focus to the
 * first field in error, so its message is in view on a small window too.
 */
export function LogInterviewForm({ values, onChange, onLogged, onClose }: Props) {
  const [issues, setIssues] = useState<FieldErrors>({});
  const [error, setError] = useState<ErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const today = localDayKey(new Date());

  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  async function submit() {
    const local = interviewFieldIssues(values, { today, upcoming: true });
    const when = whenOf(values);
    if (Object.keys(local).length > 0 || !when) {
      setIssues(Object.keys(local).length > 0 ? local : { date: 'Enter the date of the interview' });
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    const saved = await api.reflection.saveInterview({
      company: values.company,
      role: values.role,
      ...when,
      stage: stageOf(values),
      jobDescription: values.jobDescription,
    });
    setBusy(false);
    if (!saved.ok) {
      const byField = fieldErrors(saved.error, interviewFieldKey);
      setIssues(byField);
      setError(Object.keys(byField).length > 0 ? null : saved.error);
      setAttempt((n) => n + 1);
      return;
    }
    onLogged(saved.value.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onClose();
  }

  return (
    <form
      ref={form}
      className="stack log-interview"
      aria-label="Log an upcoming interview"
      aria-keyshortcuts="Escape"
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void submit();
      }}
    >
      {error && <ErrorMessage error={error} />}
      <InterviewFields
        values={values}
        onChange={(patch) => onChange({ ...values, ...patch })}
        issues={issues}
        idPrefix="log-interview"
        minDate={today}
        jobDescriptionNote="used to suggest questions, never sent anywhere"
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save and plan what to practise'}
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
        <span className="muted">Esc closes the form; what you typed stays here until you leave this page.</span>
      </div>
    </form>
  );
}
