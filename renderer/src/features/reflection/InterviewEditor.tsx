import { useEffect, useRef, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import type { Interview } from '../../../../shared/domain/reflection/interview';
import { api } from '../../api/client';
import { useQueryResult } from '../../api/queries';
import { navigate } from '../../lib/navigation';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fromLocalInput, toLocalInput } from './dates';
import { fieldErrors } from '../../lib/field-errors';
import { blankInterview, InterviewForm, type InterviewFormValues } from './InterviewForm';
import { clearLocalDraft, keepLocalDraft, readLocalDraft } from './local-drafts';

const newDraftKey = 'interview.new';

function valuesOf(interview: Interview): InterviewFormValues {
  const { id: _id, createdAt: _c, updatedAt: _u, heldAt, ...rest } = interview;
  return { ...rest, heldAt: toLocalInput(heldAt) };
}

/** A half-typed new interview survives a reload; anything unreadable is ignored. */
function restoredNew(): InterviewFormValues {
  const stored = readLocalDraft(newDraftKey);
  if (typeof stored !== 'object' || stored === null) return blankInterview;
  const values = { ...blankInterview };
  for (const key of Object.keys(blankInterview) as (keyof InterviewFormValues)[]) {
    const value = (stored as Record<string, unknown>)[key];
    if (typeof value === 'string') (values as Record<string, string>)[key] = value;
  }
  return values;
}

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
  const [values, setValues] = useState(() => (interview ? valuesOf(interview) : restoredNew()));
  // The form as loaded: the base of an edit, so a field changed in another window meanwhile is noticed, not overwritten.
  const [loaded] = useState(() => (interview ? valuesOf(interview) : null));
  const [error, setError] = useState<ErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) root.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  function change(next: InterviewFormValues) {
    setValues(next);
    if (!interview) keepLocalDraft(newDraftKey, next);
  }

  async function submit() {
    setBusy(true);
    const result = await api.reflection.saveInterview({
      ...values,
      heldAt: fromLocalInput(values.heldAt),
      ...(interview && loaded ? { id: interview.id, base: { ...loaded, heldAt: fromLocalInput(loaded.heldAt) } } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (!interview) clearLocalDraft(newDraftKey);
    navigate(returnTo.path);
  }

  const title = interview ? `Edit interview: ${interview.role} at ${interview.company}` : 'Log an interview';
  return (
    <section aria-labelledby="interview-form-heading" ref={root}>
      <p>
        <a href={`#${returnTo.path}`}>← {returnTo.label}</a>
      </p>
      <h1 id="interview-form-heading">{title}</h1>
      {error && (
        <div role="alert" className="error-message">
          <p>{error.issues?.length ? 'Please check the fields marked below. Nothing you typed was lost.' : error.message}</p>
        </div>
      )}
      <InterviewForm
        values={values}
        onChange={change}
        onSubmit={() => void submit()}
        onCancel={() => {
          if (!interview) clearLocalDraft(newDraftKey);
          navigate(returnTo.path);
        }}
        issues={fieldErrors(error)}
        submitLabel={interview ? 'Save changes' : 'Log interview'}
        busy={busy}
      />
    </section>
  );
}
