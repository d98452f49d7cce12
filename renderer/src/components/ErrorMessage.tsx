import type { ErrorData } from '../../../shared/contract/result';

/** An error from the main process, in words, announced to screen readers. */
export function ErrorMessage({ error, onRetry }: { error: ErrorData; onRetry?: () => void }) {
  return (
    <div role="alert" className="error-message">
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
