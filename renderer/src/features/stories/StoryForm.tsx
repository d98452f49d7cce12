import { type FormEvent, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import { storyLimits, type StoryFieldsInput } from '../../../../shared/domain/stories/stories';
import { formErrors } from '../../lib/field-errors';
import { starPartHints } from '../../lib/star-parts';
import { ErrorMessage } from '../../components/ErrorMessage';
import { CompetencyPicker } from './CompetencyPicker';
import { TextField } from '../../components/TextField';
import { useEditConflict } from '../../components/use-edit-conflict';
import { useKeptTyping } from '../../components/use-kept-typing';

export type StoryDraft = Required<StoryFieldsInput>;
export const blankStory: StoryDraft = { title: '', situation: '', task: '', action: '', result: '', competencies: [] };

/** The editable fields of a saved story (the form sends exactly these). */
export function draftOf(story: StoryDraft): StoryDraft {
  const { title, situation, task, action, result, competencies } = story;
  return { title, situation, task, action, result, competencies: [...competencies] };
}

const parts = starPartHints;

interface Props {
  initial: StoryDraft;
  submitLabel: string;
  /** The competencies to offer: the built-in list and the user's own. */
  competencies: readonly string[];
  /**
   * Saves; returns the error to show, or null when saved. `base`: the fields as last loaded or saved here, so
   * the main process can tell a change made in another window meanwhile (issue 16, item 2).
   */
  onSubmit: (fields: StoryDraft, base: StoryDraft) => Promise<ErrorData | null>;
  /** Where unsaved typing is kept across a reload (`typingKeys.story`). */
  draftKey: string;
}

/** A story's title, STAR parts and competencies, with the main process's messages under each field. */
export function StoryForm({ initial, submitLabel, competencies, onSubmit, draftKey }: Props) {
  // Typing left unsaved by a reload, Back or a closed window comes back (only the fields that were changed).
  const kept = useKeptTyping(draftKey, () => draftOf(initial), 'this story');
  const { values: draft, setValues: setDraft, base } = kept;
  const [error, setError] = useState<ErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState('');
  const { byField, other } = formErrors(error, ['title', 'situation', 'task', 'action', 'result', 'competencies']);
  const conflict = useEditConflict({
    labels: { title: 'Title', ...Object.fromEntries(parts.map((p) => [p.key, p.label])), competencies: 'Competencies' },
    describe: (_field, value) => (Array.isArray(value) ? value.join(', ') : String(value ?? '')),
    takeTheirs: (field, value) => setDraft((now) => ({ ...now, [field]: value })),
    resave: () => void save(),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await save();
  }

  async function save() {
    setBusy(true);
    setSaved('');
    const sent = draftOf(draft);
    const problem = await onSubmit(sent, conflict.rebase(base));
    setBusy(false);
    setError(conflict.settle(problem, sent) ? null : problem);
    if (problem) return;
    kept.saved(sent);
    setSaved('Story saved.');
  }

  return (
    <form className="story-form" onSubmit={(e) => void submit(e)} noValidate>
      {kept.notice}
      <TextField
        label="Title"
        hint="A few words you will recognise, e.g. “Month-end close under a deadline”."
        error={byField.title}
        value={draft.title}
        limit={storyLimits.titleMax}
        onChange={(title) => setDraft({ ...draft, title })}
      />
      <fieldset className="star-notes">
        <legend>STAR</legend>
        {parts.map((part) => (
          <TextField
            key={part.key}
            rows={3}
            label={part.label}
            hint={part.hint}
            error={byField[part.key]}
            value={draft[part.key]}
            limit={storyLimits.partMax}
            onChange={(text) => setDraft({ ...draft, [part.key]: text })}
          />
        ))}
      </fieldset>
      <CompetencyPicker
        offered={competencies}
        chosen={draft.competencies}
        error={byField.competencies}
        onChange={(chosen) => setDraft({ ...draft, competencies: chosen })}
      />
      {conflict.notice}
      {other && <ErrorMessage error={other} />}
      <p>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>{' '}
        <span role="status" aria-live="polite" className="muted">
          {saved}
        </span>
      </p>
    </form>
  );
}
