import { useState } from 'react';
import type { Result } from '../../../../shared/contract/result';
import {
  countWords,
  formatDuration,
  notesWordCount,
  paceAdvice,
  questionLimits,
  speakingSeconds,
  type StarNotes,
  wordsPerMinute,
} from '../../../../shared/domain/questions';
import { starPartHints } from '../../lib/star-parts';
import { Field } from './Field';
import { type AutosaveState, useAutosave } from './use-autosave';

interface Props {
  notes: StarNotes;
  suggestedSeconds: number;
  /** STAR questions show the four STAR boxes first; others lead with free notes. */
  star: boolean;
  /** Archived questions show their notes read-only. */
  readOnly: boolean;
  onSave: (notes: StarNotes) => Promise<Result<{ updatedAt: string }>>;
}

const parts = starPartHints;

const adviceText = {
  empty: '',
  short: 'shorter than suggested: there may be room for more detail.',
  fits: 'about right for the suggested length.',
  long: 'longer than suggested: think about what to cut.',
};

function SaveLine({ state }: { state: AutosaveState }) {
  const time = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return (
    <p className={state.status === 'error' ? 'save-status field-error' : 'save-status muted'} role="status" aria-live="polite">
      {state.status === 'saving' && 'Saving…'}
      {state.status === 'saved' && `Saved at ${time(state.at)}.`}
      {state.status === 'error' && `Not saved yet: ${state.error.message} Your text is still here and will be saved with your next change.`}
    </p>
  );
}

/** The user's STAR and free notes, saved as they type, with a live word count and speaking-time estimate. */
export function NotesEditor({ notes, suggestedSeconds, star, readOnly, onSave }: Props) {
  const [value, setValue] = useState(notes);
  const { change, flush, state } = useAutosave(onSave);
  const words = notesWordCount(value);
  const seconds = speakingSeconds(words);
  const advice = paceAdvice(seconds, suggestedSeconds);

  const update = (key: keyof StarNotes, text: string) => {
    const next = { ...value, [key]: text };
    setValue(next);
    change(next);
  };

  const free = (
    <Field
      key="free"
      label={star ? 'Other notes' : 'My notes'}
      render={(c) => (
        <textarea
          {...c}
          rows={star ? 3 : 6}
          value={value.free}
          maxLength={questionLimits.freeNotesMax}
          readOnly={readOnly}
          onChange={(e) => update('free', e.currentTarget.value)}
          onBlur={() => void flush()}
        />
      )}
    />
  );

  return (
    <div className="notes-editor">
      {!star && free}
      <fieldset className="star-notes">
        <legend>STAR answer</legend>
        {parts.map((part) => (
          <Field
            key={part.key}
            label={part.label}
            hint={`${part.hint} (${countWords(value[part.key])} words)`}
            render={(c) => (
              <textarea
                {...c}
                rows={3}
                value={value[part.key]}
                maxLength={questionLimits.notesPartMax}
                readOnly={readOnly}
                onChange={(e) => update(part.key, e.currentTarget.value)}
                onBlur={() => void flush()}
              />
            )}
          />
        ))}
      </fieldset>
      {star && free}
      <p className="notes-meter">
        <strong>{words === 1 ? '1 word' : `${words} words`}</strong>
        {words > 0 && (
          <>
            {' '}
            — about {formatDuration(seconds)} to say at {wordsPerMinute} words a minute, against a suggested{' '}
            {formatDuration(suggestedSeconds)}: {adviceText[advice]}
          </>
        )}
      </p>
      {!readOnly && <SaveLine state={state} />}
    </div>
  );
}
