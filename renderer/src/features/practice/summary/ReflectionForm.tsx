import { type FormEvent, useState } from 'react';
import { sessionNoteMax } from '../../../../../shared/domain/reflection/session-reflection';
import type { ErrorData } from '../../../../../shared/contract/result';
import { TextField } from '../../../components/TextField';
import { useEditConflict } from '../../../components/use-edit-conflict';
import { useKeptTyping } from '../../../components/use-kept-typing';

// A type, not an interface: it must fit kept-typing's TypedValues record.
export type ReflectionValues = {
  wentWell: string;
  toImprove: string;
  practiseNext: string;
};

interface Props {
  initial: ReflectionValues;
  savedAt: string | null;
  /**
   * Resolves to the error, or null once saved. `base`: the notes as loaded or last saved here, so a note
   * changed in another window meanwhile is noticed rather than overwritten.
   */
  onSave: (values: ReflectionValues, base: ReflectionValues) => Promise<ErrorData | null>;
  /** Where unsaved typing is kept across a reload (`typingKeys.sessionReflection`). */
  draftKey: string;
}

const fields: { key: keyof ReflectionValues; label: string; hint: string }[] = [
  { key: 'wentWell', label: 'What went well', hint: 'An answer that landed, a habit that held.' },
  { key: 'toImprove', label: 'What to improve', hint: 'Be specific: “my Result was vague”, not “be better”.' },
  { key: 'practiseNext', label: 'One thing to practise next', hint: 'Just one, so it gets done.' },
];

/** The short reflection that closes a mock interview. */
export function ReflectionForm({ initial: loaded, savedAt, onSave, draftKey }: Props) {
  // Only the three notes: what was loaded may carry more (when it was saved), which is not typing.
  // Typing left unsaved by a reload, Back or a closed window comes back (only the notes that were changed).
  const kept = useKeptTyping<ReflectionValues>(
    draftKey,
    () => ({ wentWell: loaded.wentWell, toImprove: loaded.toImprove, practiseNext: loaded.practiseNext }),
    'this reflection',
  );
  const { values, setValues, base } = kept;
  const [status, setStatus] = useState(savedAt ? 'Saved.' : '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const conflict = useEditConflict({
    labels: Object.fromEntries(fields.map((f) => [f.key, f.label])),
    takeTheirs: (field, value) => setValues((v) => ({ ...v, [field]: String(value) })),
    resave: () => void save(),
    headingLevel: 3,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await save();
  }

  async function save() {
    setSaving(true);
    const saved = values;
    const problem = await onSave(saved, conflict.rebase(base));
    setSaving(false);
    if (!problem) kept.saved(saved);
    setError(conflict.settle(problem, saved) ? null : (problem?.message ?? null));
    setStatus(problem ? '' : 'Reflection saved.');
  }

  return (
    <form className="reflection-form card" onSubmit={submit} aria-labelledby="reflection-heading">
      <h2 id="reflection-heading">A short reflection</h2>
      {kept.notice}
      {fields.map((field) => (
        <TextField
          key={field.key}
          label={field.label}
          hint={field.hint}
          rows={2}
          value={values[field.key]}
          limit={sessionNoteMax}
          onChange={(text) => {
            setValues((v) => ({ ...v, [field.key]: text }));
            setStatus('');
          }}
        />
      ))}
      {conflict.notice}
      <button type="submit" className="primary" disabled={saving}>
        {saving ? 'Saving…' : 'Save reflection'}
      </button>
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
      {error && (
        <p role="alert" className="error-message">
          {error}
        </p>
      )}
    </form>
  );
}
