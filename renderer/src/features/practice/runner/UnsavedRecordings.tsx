import type { UnsavedRecording } from './use-recording-uploads';

interface Props {
  unsaved: UnsavedRecording[];
  onRetry: (position: number) => void;
}

/**
 * Recordings whose save failed, each with its reason and a button that saves the same take again (it is still in
 * memory), so freeing disk space is enough: the answer need not be recorded again.
 */
export function UnsavedRecordings({ unsaved, onRetry }: Props) {
  if (unsaved.length === 0) return null;
  return (
    <div className="notice notice-warning runner-notices">
      {unsaved.map(({ position, message, retrying }) => (
        <div key={position}>
          <p role="alert">
            Recording of question {position + 1}: {message} It is kept in this page until it is saved.
          </p>
          <button type="button" data-retry-recording disabled={retrying} onClick={() => onRetry(position)}>
            {retrying ? `Saving the recording of question ${position + 1} again…` : `Save the recording of question ${position + 1} again`}
          </button>
        </div>
      ))}
    </div>
  );
}
