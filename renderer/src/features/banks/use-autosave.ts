import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorData, Result } from '../../../../shared/contract/result';

export type AutosaveState =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved'; at: string } | { status: 'error'; error: ErrorData };

/** Pause in typing before a save; long enough not to save every keystroke, short enough that little is ever at risk. */
export const autosaveDelayMs = 500;

/**
 * Saves a value as the user types: after a pause, on `flush()` (blur), when
 * the page is hidden and when the component unmounts. Saves run one at a
 * time in order, so an older value never lands after a newer one; a failed
 * save keeps the value and is retried with the next change or flush.
 */
export function useAutosave<T>(save: (value: T) => Promise<Result<{ updatedAt: string }>>) {
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  const mounted = useRef(true);
  const [state, setState] = useState<AutosaveState>({ status: 'idle' });

  useEffect(() => {
    saveRef.current = save;
  });

  const report = useCallback((next: AutosaveState) => {
    if (mounted.current) setState(next);
  }, []);

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    queue.current = queue.current.then(async () => {
      const item = pending.current;
      if (!item) return;
      pending.current = null;
      report({ status: 'saving' });
      const result = await saveRef.current(item.value);
      if (result.ok) {
        report(pending.current ? { status: 'saving' } : { status: 'saved', at: result.value.updatedAt });
        return;
      }
      // Newer typing wins; otherwise keep this value for the next attempt.
      pending.current ??= item;
      report({ status: 'error', error: result.error });
    });
    return queue.current;
  }, [report]);

  const change = useCallback(
    (value: T) => {
      pending.current = { value };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), autosaveDelayMs);
    },
    [flush],
  );

  useEffect(() => {
    mounted.current = true;
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      mounted.current = false;
      void flush();
    };
  }, [flush]);

  return { change, flush, state, hasPending: () => pending.current !== null };
}
