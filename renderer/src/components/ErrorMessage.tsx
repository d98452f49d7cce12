import { useEffect, useRef } from 'react';
import type { ErrorData } from '../../../shared/contract/result';

/**
 * Brings a new error message into view and, unless the user is typing in a field, moves focus to it: a
 * failed save must not leave its message below the fold or focus on a button that no longer tells the
 * story (or on the page body). A user typing keeps their caret; the alert role still announces the message.
 */
function useShowError(ref: React.RefObject<HTMLDivElement | null>, message: string): void {
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    box.scrollIntoView?.({ block: 'nearest' });
    const active = document.activeElement;
    const typing =
      active instanceof HTMLElement && active.matches('input:not([type=checkbox], [type=radio]), textarea, select, [contenteditable]');
    if (!typing) box.focus({ preventScroll: true });
  }, [ref, message]);
}

/** An error from the main process, in words, announced to screen readers. */
export function ErrorMessage({ error, onRetry }: { error: ErrorData; onRetry?: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useShowError(ref, error.message);
  return (
    <div role="alert" className="error-message" ref={ref} tabIndex={-1}>
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
