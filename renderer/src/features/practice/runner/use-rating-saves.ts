import { useMemo, useRef, useState } from 'react';
import { type AnswerInput, type RatingBase, ratingBaseOf, type SessionAnswer } from '../../../../../shared/domain/answers';
import type { SessionDetail, SessionItem } from '../../../../../shared/domain/sessions';
import { api } from '../../../api/client';
import type { RatingSaveResult, SaveState } from './rating-draft';
import { createSaveQueue } from './save-queue';

/** An answer's input without the position, which `save` is given beside it, and the base, which it adds. */
export type AnswerPayload = Omit<AnswerInput, 'sessionId' | 'position' | 'base'>;

/**
 * The runner's rating saves: one queue (in order, a correction never overtaken by an earlier save), an unchanged
 * answer not sent twice, and per position the rating as this window loaded or last saved it, sent as `base` with
 * each save and read when the save leaves the queue (so quick corrections build on each other), so another
 * window's change is merged or refused, never silently overwritten (issue 16, item 2). `setSaveState` hears
 * saving / saved / failed / conflict; `remember` gets each stored answer.
 */
export function useRatingSaves(
  initial: SessionDetail,
  setSaveState: (state: SaveState) => void,
  remember: (position: number, answer: SessionAnswer) => void,
) {
  const queue = useMemo(() => createSaveQueue(), []);
  const lastSaved = useRef(new Map<number, string>());
  const [bases] = useState(() => new Map(initial.items.map((i) => [i.position, ratingBaseOf(i.answer)])));
  // Saves of each position still in the queue: a base only moves to another window's values when none is left.
  const queued = useRef(new Map<number, number>());

  function save(position: number, payload: AnswerPayload): Promise<RatingSaveResult> {
    const key = JSON.stringify(payload);
    if (lastSaved.current.get(position) === key) return queue.idle().then(() => ({ ok: true, answer: null }));
    setSaveState({ kind: 'saving' });
    queued.current.set(position, (queued.current.get(position) ?? 0) + 1);
    return queue.push(async (): Promise<RatingSaveResult> => {
      const base = bases.get(position) ?? ratingBaseOf(null);
      const result = await api.sessions.saveAnswer({ sessionId: initial.id, position, ...payload, base });
      queued.current.set(position, (queued.current.get(position) ?? 1) - 1);
      if (!result.ok) {
        lastSaved.current.delete(position);
        const conflict = result.error.code === 'conflict' && (result.error.issues ?? []).some((issue) => 'saved' in issue);
        setSaveState(conflict ? { kind: 'conflict' } : { kind: 'failed', message: result.error.message });
        return { ok: false, error: result.error };
      }
      lastSaved.current.set(position, key);
      bases.set(position, ratingBaseOf(payload));
      remember(position, result.value);
      setSaveState({ kind: 'saved' });
      return { ok: true, answer: result.value };
    });
  }

  /**
   * The base of `position` takes `patch`: the user's choice in a conflict (always), or another window's values
   * the panel now shows after a merged save (`whenIdle`: only when no save of it is queued, since those were
   * made before the panel showed them and must still count them as untouched).
   */
  function rebase(position: number, patch: Partial<RatingBase>, whenIdle: boolean) {
    if (whenIdle && (queued.current.get(position) ?? 0) > 0) return;
    bases.set(position, { ...(bases.get(position) ?? ratingBaseOf(null)), ...patch });
  }

  /** Every position's base from a fresh read of the session (another window answered meanwhile). */
  function resetBases(items: readonly SessionItem[]) {
    for (const item of items) bases.set(item.position, ratingBaseOf(item.answer));
  }

  return { save, rebase, resetBases, queue };
}
