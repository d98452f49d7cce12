import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorData, Result } from '../../../../shared/contract/result';
import type { StepDrafts, StepName } from '../../../../shared/domain/reflection/drafts';
import { clearLocalDraft, keepLocalDraft } from './local-drafts';

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; at: string } | { status: 'error'; error: ErrorData };

export type SaveStep = <N extends StepName>(step: N, draft: StepDrafts[N]) => Promise<Result<{ savedAt: string }>>;

export const localDraftKey = (interviewId: number, step: StepName) => `reflection.${interviewId}.${step}`;

/** How long typing may pause before the draft is saved. */
export const autosaveDelayMs = 600;

/**
 * Saves step drafts as the user types: each change is copied to local
 * storage at once, and sent to the main process after a pause, on `flush()`
 * (blur, step change) and when the page is hidden or the wizard unmounts.
 * Saves run one at a time, in order, so an older draft never lands last.
 */
export function useDraftSaver(interviewId: number, save: SaveStep) {
  const pending = useRef(new Map<StepName, StepDrafts[StepName]>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const saveRef = useRef(save);
  const [state, setState] = useState<SaveState>({ status: 'idle' });

  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback((): Promise<boolean> => {
    clearTimeout(timer.current);
    const batch = [...pending.current.entries()];
    pending.current.clear();
    queue.current = queue.current.then(async () => {
      if (batch.length === 0) return pending.current.size === 0;
      setState({ status: 'saving' });
      let savedAt = '';
      for (const [step, draft] of batch) {
        const result = await saveRef.current(step, draft);
        if (!result.ok) {
          // Keep it for the next attempt unless newer typing replaced it meanwhile.
          if (!pending.current.has(step)) pending.current.set(step, draft);
          setState({ status: 'error', error: result.error });
          return false;
        }
        savedAt = result.value.savedAt;
        clearLocalDraft(localDraftKey(interviewId, step), draft);
      }
      setState({ status: 'saved', at: savedAt });
      return true;
    });
    return queue.current;
  }, [interviewId]);

  const change = useCallback(
    <N extends StepName>(step: N, draft: StepDrafts[N]) => {
      pending.current.set(step, draft);
      keepLocalDraft(localDraftKey(interviewId, step), draft);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), autosaveDelayMs);
    },
    [interviewId, flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  return { change, flush, state };
}
