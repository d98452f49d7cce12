import type { Result } from '../../../../shared/contract/result';
import {
  countWords,
  formatDuration,
  notesWordCount,
  paceAdvice,
  questionLimits,
  speakingSeconds,
  notesSchema,
  type StarNotes,
  wordsPerMinute,
} from '../../../../shared/domain/questions';
import { type SaveOutcome, type VersionedChanges, versionedChangesSchema } from '../../../../shared/domain/row-version';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../lib/autosave/use-autosave';
import { starPartHints } from '../../lib/star-parts';
import { TextField } from '../../components/TextField';
import { onlyTooLong } from '../../../../shared/domain/text-limits';

interface Props {
  /** The question's id (names this computer's copy of unsaved typing), notes and row version. */
  questionId: number;
  notes: StarNotes;
  version: number;
  suggestedSeconds: number;
  /** STAR questions show the four STAR boxes first; others lead with free notes. */
  star: boolean;
  /** Archived questions show their notes read-only. */
  readOnly: boolean;
  onSave: (write: VersionedChanges<StarNotes>) => Promise<Result<SaveOutcome<StarNotes>>>;
}

const localCopySchema = versionedChangesSchema(notesSchema.shape);

const parts = starPartHints;

const adviceText = {
  empty: '',
  short: 'shorter than suggested: there may be room for more detail.',
  fits: 'about right for the suggested length.',
  long: 'longer than suggested: think about what to cut.',
};

const labels: Record<keyof StarNotes, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  free: 'Other notes',
};

/** The user's STAR and free notes, saved as they type, with a live word count and speaking-time estimate. */
export function NotesEditor({ questionId, notes, version, suggestedSeconds, star, readOnly, onSave }: Props) {
  const saver = useAutosave<StarNotes>({
    initial: notes,
    version,
    save: onSave,
    localCopy: readOnly ? undefined : { key: `question.${questionId}.notes`, schema: localCopySchema },
    // A part over its limit waits in the box (and this computer's copy) until shortened; the other parts still save.
    held: (field, text) => onlyTooLong(notesSchema.shape[field], text),
  });
  const { values: value, edit, flush, state } = saver;
  const words = notesWordCount(value);
  const seconds = speakingSeconds(words);
  const advice = paceAdvice(seconds, suggestedSeconds);

  const update = (key: keyof StarNotes, text: string) => edit({ [key]: text });

  const free = (
    <TextField
      key="free"
      label={star ? 'Other notes' : 'My notes'}
      rows={star ? 3 : 6}
      value={value.free}
      limit={questionLimits.freeNotesMax}
      readOnly={readOnly}
      onChange={(text) => update('free', text)}
      onBlur={() => void flush()}
    />
  );

  return (
    <div className="notes-editor">
      {!star && free}
      <fieldset className="star-notes">
        <legend>STAR answer</legend>
        {parts.map((part) => (
          <TextField
            key={part.key}
            label={part.label}
            hint={`${part.hint} (${countWords(value[part.key])} words)`}
            rows={3}
            value={value[part.key]}
            limit={questionLimits.notesPartMax}
            readOnly={readOnly}
            onChange={(text) => update(part.key, text)}
            onBlur={() => void flush()}
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
      {!readOnly && (
        <SaveStatus
          state={state}
          subject="Notes"
          onRetry={() => void saver.retry()}
          labels={{ ...labels, free: star ? 'Other notes' : 'My notes' }}
          onResolve={(choice, field) => void saver.resolve(choice, field)}
          headingLevel={3}
        />
      )}
    </div>
  );
}
