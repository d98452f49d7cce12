/**
 * A synchronous copy of unsaved typing in localStorage. Autosave is
 * debounced, so a reload in the moment between a keystroke and the save would
 * otherwise lose it; the copy is restored (and saved) on the next load, and
 * removed once the main process has the same value.
 */
const prefix = 'rehearse.draft.';

export function keepLocalDraft(key: string, value: unknown): void {
  try {
    localStorage.setItem(prefix + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the debounced save still runs; only the reload safety net is lost.
  }
}

export function readLocalDraft(key: string): unknown {
  try {
    const raw = localStorage.getItem(prefix + key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

/** Removes the copy if it still holds `saved` (a newer keystroke keeps its copy). */
export function clearLocalDraft(key: string, saved?: unknown): void {
  try {
    const raw = localStorage.getItem(prefix + key);
    if (raw !== null && (saved === undefined || raw === JSON.stringify(saved))) localStorage.removeItem(prefix + key);
  } catch {
    // Nothing to clear.
  }
}
