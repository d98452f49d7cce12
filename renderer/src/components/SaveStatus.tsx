import { formatTime } from '../../../shared/domain/dates/format';
import type { FieldValues } from '../../../shared/domain/row-version';
import type { AutosaveState } from '../lib/autosave/autosaver';
import { type ConflictChoice, ConflictNotice } from './ConflictNotice';
import './save-status.css';

interface Props<F extends FieldValues> {
  state: AutosaveState<F>;
  /** What is being saved, as the status says it: "Notes", "Draft". */
  subject: string;
  onRetry: () => void;
  /** What each field is called on screen, e.g. `situation: 'Situation'`. */
  labels: Record<keyof F & string, string>;
  /** The text a field's value reads as (drafts that are objects are shown as their text). */
  describe?: (field: keyof F & string, value: F[keyof F]) => string;
  /** The user's choice for one field in conflict (the saver's `resolve`). */
  onResolve: (choice: ConflictChoice, field: keyof F & string) => void;
  headingLevel?: 2 | 3;
}

const plain = (_field: string, value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * The one save status for everything that saves as the user types: a polite
 * live region ("Saving…", "Notes saved at 10:42.", a failure with what
 * happens next, a field held back because it is over its length limit), a
 * "Try again now" button after a failure, and the conflict notice when
 * another window saved the same text.
 */
export function SaveStatus<F extends FieldValues>({
  state,
  subject,
  onRetry,
  labels,
  describe = plain,
  onResolve,
  headingLevel,
}: Props<F>) {
  const failed = state.status === 'failed' || state.status === 'conflict' || state.status === 'held';
  return (
    <div className="save-status-area">
      <p className={failed ? 'save-status field-error' : 'save-status muted'} role="status" aria-live="polite">
        {state.status === 'saving' && 'Saving…'}
        {state.status === 'saved' && `${subject} saved at ${formatTime(state.at)}.`}
        {state.status === 'failed' &&
          `${subject} not saved yet: ${state.error.message} Your text is kept on this computer${
            state.retrying ? ' and Rehearse keeps trying.' : ' and is saved with your next change.'
          }`}
        {state.status === 'held' &&
          `${state.fields.map((f) => labels[f]).join(', ')} not saved: over the length limit (see the message by the box). Your text is kept on this computer and saved once it is short enough; everything else is saved.`}
        {state.status === 'conflict' &&
          `${subject} not saved: the same text was changed in another window. Nothing was overwritten; choose which to keep below.`}
      </p>
      {state.status === 'failed' && (
        <button type="button" className="save-retry" onClick={onRetry}>
          Try again now
        </button>
      )}
      {state.status === 'conflict' && (
        <ConflictNotice
          kind="typing"
          headingLevel={headingLevel}
          fields={state.fields.map((field) => ({
            field,
            label: labels[field],
            mine: describe(field, state.mine[field] as F[keyof F]),
            saved: describe(field, state.saved[field] as F[keyof F]),
          }))}
          onChoose={(field, choice) => onResolve(choice, field as keyof F & string)}
        />
      )}
    </div>
  );
}
