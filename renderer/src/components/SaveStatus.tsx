import { formatTime } from '../../../shared/domain/dates/format';
import type { FieldValues } from '../../../shared/domain/row-version';
import type { AutosaveState } from '../lib/autosave/autosaver';
import { ConflictNotice, type ConflictNoticeProps } from './ConflictNotice';
import './save-status.css';

interface Props<F extends FieldValues> extends Omit<ConflictNoticeProps<F>, 'conflict'> {
  state: AutosaveState<F>;
  /** What is being saved, as the status says it: "Notes", "Draft". */
  subject: string;
  onRetry: () => void;
}

/**
 * The one save status for everything that saves as the user types: a polite
 * live region ("Saving…", "Notes saved at 10:42.", a failure with what
 * happens next, a field held back because it is over its length limit), a
 * "Try again now" button after a failure, and the conflict notice when
 * another window saved the same text.
 */
export function SaveStatus<F extends FieldValues>({ state, subject, onRetry, ...conflict }: Props<F>) {
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
          `${state.fields.map((f) => conflict.labels[f]).join(', ')} not saved: over the length limit (see the message by the box). Your text is kept on this computer and saved once it is short enough; everything else is saved.`}
        {state.status === 'conflict' &&
          `${subject} not saved: the same text was changed in another window. Nothing was overwritten; choose which to keep below.`}
      </p>
      {state.status === 'failed' && (
        <button type="button" className="save-retry" onClick={onRetry}>
          Try again now
        </button>
      )}
      {state.status === 'conflict' && <ConflictNotice conflict={state} {...conflict} />}
    </div>
  );
}
