import { formatCount, overMaxMessage } from '../../../../shared/domain/limit-messages';
import { textLength } from '../../../../shared/domain/text-limits';
import { type FormEvent, useId, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import {
  type Difficulty,
  difficultyLabels,
  parseTagList,
  questionDefaults,
  type QuestionFields,
  questionLimits,
} from '../../../../shared/domain/questions';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { TextField } from '../../components/TextField';
import { useEditConflict } from '../../components/use-edit-conflict';
import { useKeptTyping } from '../../components/use-kept-typing';
import { formErrors } from '../../lib/field-errors';

/** An empty form: no text yet, and the defaults a new question gets. */
export const blankQuestion: QuestionFields = (() => {
  const { notes: _notes, ...fields } = questionDefaults();
  return { text: '', ...fields };
})();

interface Props {
  initial: QuestionFields;
  submitLabel: string;
  /** Categories already in use, offered as suggestions. */
  categories: readonly string[];
  disabled?: boolean;
  /** Saves; answers null when saved, or the error to show at the fields. */
  /**
   * `base`: the values the form last loaded or saved, so an edit page can send only what the user changed and
   * the main process can tell a change made in another window meanwhile (issue 16, item 2).
   */
  onSubmit: (fields: QuestionFields, base: QuestionFields) => Promise<ErrorData | null>;
  /** Where unsaved typing is kept across a reload (`typingKeys.question` / `typingKeys.newQuestion`). */
  draftKey: string;
}

/** The form's values as typed (tags and seconds as the user wrote them), which is what a reload keeps. */
type QuestionTyping = {
  text: string;
  category: string;
  tags: string;
  difficulty: Difficulty;
  seconds: string;
  guidance: string;
  star: boolean;
};

const typingOf = (q: QuestionFields): QuestionTyping => ({
  text: q.text,
  category: q.category,
  tags: q.tags.join(', '),
  difficulty: q.difficulty,
  seconds: String(q.suggestedSeconds),
  guidance: q.guidance,
  star: q.star,
});

/** The fields as the conflict notice names them (the same names as the form's labels). */
const conflictLabels = {
  text: 'Question',
  category: 'Category',
  tags: 'Tags',
  difficulty: 'Difficulty',
  suggestedSeconds: 'Suggested answer length (seconds)',
  guidance: 'Guidance',
  star: 'Answer with a STAR story',
};

const fields = ['text', 'category', 'tags', 'difficulty', 'suggestedSeconds', 'guidance', 'star'];

/** Checks the browser can make without a round trip; the main process checks everything again. */
function localErrors(form: { text: string; seconds: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.text.trim()) errors.text = 'Question text cannot be empty';
  else if (textLength(form.text.trim()) > questionLimits.textMax)
    errors.text = overMaxMessage('Question text', questionLimits.textMax, 'characters', textLength(form.text.trim()));
  const seconds = Number(form.seconds);
  if (!Number.isInteger(seconds) || seconds < questionLimits.suggestedSecondsMin || seconds > questionLimits.suggestedSecondsMax) {
    errors.suggestedSeconds = `Enter whole seconds from ${questionLimits.suggestedSecondsMin} to ${formatCount(questionLimits.suggestedSecondsMax)}.`;
  }
  return errors;
}

/** Create or edit a question's text and details. */
export function QuestionForm({ initial, submitLabel, categories, disabled = false, onSubmit, draftKey }: Props) {
  const id = useId();
  // Typing left unsaved by a reload, Back or a closed window comes back (only the fields that were changed).
  const kept = useKeptTyping(
    draftKey,
    () => typingOf(initial),
    'this question',
    (kept) => kept.difficulty in difficultyLabels,
  );
  const { text, category, tags, difficulty, seconds, guidance, star } = kept.values;
  const setter =
    <K extends keyof QuestionTyping>(field: K) =>
    (value: QuestionTyping[K]) =>
      kept.setValues((now) => ({ ...now, [field]: value }));
  const setText = setter('text');
  const setCategory = setter('category');
  const setTags = setter('tags');
  const setDifficulty = setter('difficulty');
  const setSeconds = setter('seconds');
  const setGuidance = setter('guidance');
  const setStar = setter('star');
  const [error, setError] = useState<ErrorData | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [base, setBase] = useState<QuestionFields>(initial);

  const { byField, other } = formErrors(error, fields);
  const errors = { ...byField, ...local };
  const conflict = useEditConflict({
    labels: conflictLabels,
    describe: (field, value) =>
      field === 'tags' && Array.isArray(value)
        ? value.join(', ')
        : field === 'difficulty'
          ? `${String(value)} — ${difficultyLabels[value as Difficulty]}`
          : field === 'star'
            ? value
              ? 'Answered with a STAR story'
              : 'Not a STAR question'
            : String(value ?? ''),
    takeTheirs: (field, value) => takeStored[field]?.(value),
    resave: () => void save(),
  });
  const takeStored: Record<string, (value: unknown) => void> = {
    text: (v) => setText(String(v)),
    category: (v) => setCategory(String(v)),
    tags: (v) => setTags((v as string[]).join(', ')),
    difficulty: (v) => setDifficulty(v as Difficulty),
    suggestedSeconds: (v) => setSeconds(String(v)),
    guidance: (v) => setGuidance(String(v)),
    star: (v) => setStar(Boolean(v)),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    await save();
  }

  async function save() {
    const found = localErrors({ text, seconds });
    setLocal(found);
    setStatus('');
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const typed = kept.values;
    const submitted: QuestionFields = {
      text,
      category,
      tags: parseTagList(tags),
      difficulty,
      suggestedSeconds: Number(seconds),
      guidance,
      star,
    };
    const failure = await onSubmit(submitted, conflict.rebase(base));
    setBusy(false);
    setError(conflict.settle(failure, submitted) ? null : failure);
    if (!failure) {
      setBase(submitted);
      kept.saved(typed);
    }
    setStatus(failure ? '' : 'Saved.');
  }

  return (
    <form className="question-form stack" onSubmit={(e) => void submit(e)} noValidate>
      {kept.notice}
      <fieldset disabled={disabled || busy}>
        <legend className="visually-hidden">Question details</legend>
        <TextField
          label="Question"
          name="Question text"
          error={errors.text}
          rows={3}
          value={text}
          limit={questionLimits.textMax}
          onChange={setText}
        />
        <div className="field-row">
          <TextField
            label="Category"
            error={errors.category}
            value={category}
            list={`${id}-categories`}
            limit={questionLimits.categoryMax}
            onChange={setCategory}
          />
          <datalist id={`${id}-categories`}>
            {categories.map((known) => (
              <option key={known} value={known} />
            ))}
          </datalist>
          <Field
            label="Tags (separated by commas)"
            error={errors.tags}
            render={(c) => <input {...c} value={tags} onChange={(e) => setTags(e.currentTarget.value)} />}
          />
        </div>
        <div className="field-row">
          <Field
            label="Difficulty"
            render={(c) => (
              <select {...c} value={difficulty} onChange={(e) => setDifficulty(Number(e.currentTarget.value) as Difficulty)}>
                {([1, 2, 3] as const).map((d) => (
                  <option key={d} value={d}>
                    {d} — {difficultyLabels[d]}
                  </option>
                ))}
              </select>
            )}
          />
          <Field
            label="Suggested answer length (seconds)"
            error={errors.suggestedSeconds}
            render={(c) => (
              <input
                {...c}
                type="number"
                inputMode="numeric"
                min={questionLimits.suggestedSecondsMin}
                max={questionLimits.suggestedSecondsMax}
                step={15}
                value={seconds}
                onChange={(e) => setSeconds(e.currentTarget.value)}
              />
            )}
          />
        </div>
        <TextField
          label="Guidance: what the interviewer is listening for"
          name="Guidance"
          error={errors.guidance}
          rows={3}
          value={guidance}
          limit={questionLimits.guidanceMax}
          onChange={setGuidance}
        />
        <label>
          <input type="checkbox" checked={star} onChange={(e) => setStar(e.currentTarget.checked)} />
          Answer with a STAR story (Situation, Task, Action, Result)
        </label>
        <button type="submit" className="primary">
          {busy ? 'Saving…' : submitLabel}
        </button>
      </fieldset>
      {conflict.notice}
      {other && <ErrorMessage error={other} />}
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
    </form>
  );
}
