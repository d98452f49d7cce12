import type { SaveState } from './use-draft-saver';

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/** Tells the user, politely, that their typing is safe. */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <p className={state.status === 'error' ? 'save-status field-error' : 'save-status muted'} role="status" aria-live="polite">
      {state.status === 'saving' && 'Saving draft…'}
      {state.status === 'saved' && `Draft saved at ${timeOf(state.at)}.`}
      {state.status === 'error' &&
        `Your draft could not be saved: ${state.error.message} What you typed is kept on this computer and will be saved with your next change.`}
    </p>
  );
}
