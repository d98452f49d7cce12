import { interviewName } from '../../../../shared/domain/reflection/interview-name';
import { useEffect, useRef, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import {
  type Interview,
  interviewFieldsSchema,
  interviewFormats,
  interviewOutcomes,
  interviewStages,
} from '../../../../shared/domain/reflection/interview';
import { api } from '../../api/client';
import { useQueryResult } from '../../api/queries';
import { navigate } from '../../lib/navigation';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrors, type FieldErrors } from '../../lib/field-errors';
import {
  dateAndTimeOf,
  interviewFieldIssues,
  interviewFieldKey,
  stageOf,
  whenOf,
} from '../../../../shared/domain/reflection/interview-form';
import type { InterviewWhen } from '../../../../shared/domain/reflection/interview-when';
import { localDayKey } from '../../../../shared/domain/progress/calendar';
import { blankInterview, InterviewForm, type InterviewFormValues } from './InterviewForm';
import { clearLocalDraft, readLocalDraft } from '../../lib/local-drafts';
import { keepTyping, typingKeys } from '../../lib/kept-typing';
import { useKeptTyping } from '../../components/use-kept-typing';
import { useEditConflict } from '../../components/use-edit-conflict';
import { describeInterviewValue, interviewConflictLabels } from '../../components/interview/interview-conflict';

/** Where versions before kept-typing kept a half-typed new interview (the values alone, no base). */
const legacyNewKey = 'interview.new';

function valuesOf(interview: Interview): InterviewFormValues {
  const { id: _id, createdAt: _c, updatedAt: _u, heldAt, heldOn, stage, format, ...rest } = interview;
  return { ...rest, stage: stage ?? '', format: format ?? '', ...dateAndTimeOf({ heldAt, heldOn }) };
}

/** The form's values in the stored shape (day and time as `heldOn`/`heldAt`; empty stage and format as null). */
function fieldsOf(values: InterviewFormValues, when: InterviewWhen) {
  const { date: _date, time: _time, stage: _stage, format, ...rest } = values;
  return { ...rest, stage: stageOf(values), format: format === '' ? null : format, ...when };
}

/**
 * The form fields that take another window's stored value of `field`: its start time sets the day and the time
 * (none: the time is emptied, the day kept), its day the date; anything else is the field of the same name.
 */
function theirValue(now: InterviewFormValues, field: string, value: unknown): Partial<InterviewFormValues> {
  if (field === 'heldAt') return typeof value === 'string' ? dateAndTimeOf({ heldAt: value, heldOn: now.date }) : { time: '' };
  if (field === 'heldOn') return { date: String(value) };
  if (field === 'stage' || field === 'format') return { [field]: value ?? '' };
  return { [field]: value };
}

/** The loaded form in the stored shape: the base of a three-way check. */
function baseOf(loaded: InterviewFormValues, interview: Interview) {
  return fieldsOf(loaded, whenOf(loaded) ?? { heldAt: interview.heldAt, heldOn: interview.heldOn });
}

/**
 * A half-typed new interview kept by an older version, moved once to kept-typing (so it comes back with the
 * notice); anything unreadable is ignored. Returns the blank form, which kept-typing restores over.
 */
function blankWithLegacyMoved(): InterviewFormValues {
  const stored = readLocalDraft(legacyNewKey);
  if (stored === undefined) return blankInterview;
  clearLocalDraft(legacyNewKey);
  keepTyping(typingKeys.interview(null), blankInterview, legacyValues(stored));
  return blankInterview;
}

function legacyValues(stored: unknown): InterviewFormValues {
  if (typeof stored !== 'object' || stored === null) return blankInterview;
  const values = { ...blankInterview };
  for (const key of Object.keys(blankInterview) as (keyof InterviewFormValues)[]) {
    const value = (stored as Record<string, unknown>)[key];
    if (typeof value === 'string') (values as Record<string, string>)[key] = value;
  }
  // A draft kept before the form asked for a day and a time separately had one `heldAt` (`YYYY-MM-DDTHH:MM`).
  const legacy = (stored as Record<string, unknown>).heldAt;
  if (typeof legacy === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(legacy) && !values.date)
    Object.assign(values, { date: legacy.slice(0, 10), time: legacy.slice(11, 16) });
  return values;
}

/** A kept copy whose choices are the form's (storage is outside input). */
const validChoices = (v: InterviewFormValues) =>
  (v.stage === '' || (interviewStages as readonly string[]).includes(v.stage)) &&
  (v.format === '' || (interviewFormats as readonly string[]).includes(v.format)) &&
  (interviewOutcomes as readonly string[]).includes(v.outcome);

/** Where the editor goes when saved or cancelled, and its back link's words; default the interview list. */
export interface EditorReturn {
  path: string;
  label: string;
}
const toInterviews: EditorReturn = { path: '/reflection', label: 'Back to my interviews' };

/** Logs a new interview, or edits one (`interviewId`); goes to `returnTo` when done (e.g. the preparation plan). */
export function InterviewEditor({ interviewId, returnTo = toInterviews }: { interviewId: number | null; returnTo?: EditorReturn }) {
  const [existing, reload] = useQueryResult(['reflection', 'reflection.get', { interviewId }], () =>
    interviewId === null ? Promise.resolve({ ok: true as const, value: null }) : api.reflection.get({ interviewId }),
  );
  if (existing.status === 'loading') return <p aria-live="polite">Loading…</p>;
  if (existing.status === 'error') return <ErrorMessage error={existing.error} onRetry={reload} />;
  const interview = existing.value?.interview ?? null;
  return <Editor key={interview?.id ?? 'new'} interview={interview} returnTo={returnTo} />;
}

function Editor({ interview, returnTo }: { interview: Interview | null; returnTo: EditorReturn }) {
  // Typing left unsaved by a reload, Back or a closed window comes back (only the fields that were changed).
  const kept = useKeptTyping(
    typingKeys.interview(interview?.id ?? null),
    () => (interview ? valuesOf(interview) : blankWithLegacyMoved()),
    'this interview',
    validChoices,
  );
  const { values, setValues } = kept;
  // The form as loaded: the base of an edit, so a field changed in another window meanwhile is noticed, not overwritten.
  const [loaded] = useState(() => (interview ? valuesOf(interview) : null));
  const [error, setError] = useState<ErrorData | null>(null);
  const [localIssues, setLocalIssues] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const conflict = useEditConflict({
    labels: interviewConflictLabels,
    describe: describeInterviewValue,
    takeTheirs: (field, value) => setValues((now) => ({ ...now, ...theirValue(now, field, value) })),
    resave: () => void submit(),
    focusAfter: () => root.current?.querySelector<HTMLElement>('button[type="submit"]'),
  });

  useEffect(() => {
    if (attempt > 0) root.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  async function submit() {
    // Past or future: the log holds both. Only an outcome on an interview still to come is a contradiction.
    const when = whenOf(values);
    const fields = fieldsOf(values, when ?? { heldAt: null, heldOn: '' });
    // The contract's own schema names every field at once (the main process checks the same again);
    // the shared check adds what it cannot know (the time as typed, an outcome before the day).
    const parsed = interviewFieldsSchema.safeParse(fields);
    // The form's own message wins for a field both name: it speaks of the form's fields ("Enter the date of the
    // interview"), where the schema speaks of the stored shape ("Enter a date as YYYY-MM-DD" for an empty day).
    const local = {
      ...(parsed.success
        ? {}
        : fieldErrors(
            parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? ''), message: i.message })),
            interviewFieldKey,
          )),
      ...interviewFieldIssues(values, { today: localDayKey(new Date()), upcoming: false, outcome: values.outcome }),
    };
    setLocalIssues(local);
    if (Object.keys(local).length > 0 || !when) {
      setError(null);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    // The base is the form as loaded, turned into the stored shape the same way as the edit, so an untouched
    // day and time compare equal and only what the user changed can conflict with another window.
    const base = loaded && interview ? baseOf(loaded, interview) : null;
    const result = await api.reflection.saveInterview({
      ...fields,
      ...(interview && base ? { id: interview.id, base: conflict.rebase(base) } : {}),
    });
    setBusy(false);
    if (conflict.settle(result.ok ? null : result.error, fields)) return setError(null);
    if (!result.ok) {
      setError(result.error);
      setAttempt((n) => n + 1);
      return;
    }
    kept.saved(values);
    navigate(returnTo.path);
  }

  const title = interview ? `Edit interview: ${interviewName(interview)}` : 'Log an interview';
  return (
    <section aria-labelledby="interview-form-heading" ref={root}>
      <p>
        <a href={`#${returnTo.path}`}>← {returnTo.label}</a>
      </p>
      <h1 id="interview-form-heading">{title}</h1>
      {(error || Object.keys(localIssues).length > 0) && (
        <div role="alert" className="error-message">
          <p>{!error || error.issues?.length ? 'Please check the fields marked below. Nothing you typed was lost.' : error.message}</p>
        </div>
      )}
      {kept.notice}
      {conflict.notice}
      <InterviewForm
        values={values}
        onChange={setValues}
        onSubmit={() => void submit()}
        onCancel={() => {
          kept.discard();
          navigate(returnTo.path);
        }}
        issues={error ? fieldErrors(error, interviewFieldKey) : localIssues}
        submitLabel={interview ? 'Save changes' : 'Log interview'}
        busy={busy}
      />
    </section>
  );
}
