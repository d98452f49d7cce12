import { useEffect, useRef } from 'react';

/** Keys as `KeyboardEvent.key`, lower-cased: `' '`, `'enter'`, `'escape'`, `'p'`, `'1'`… */
export type ShortcutMap = Partial<Record<string, () => void>>;

/** True while the user is typing: letters and digits there are text, never commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

/** Space and Enter already press the focused button, link or checkbox; a shortcut must not press a second thing. */
function activatesTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], input, select, textarea, summary, [role="button"]') !== null;
}

/**
 * Single-key shortcuts for the running session, on the whole window. They
 * never fire while a text field has focus, with Ctrl/Alt/Meta held (those
 * belong to the browser and the system), or on auto-repeat.
 */
export function useShortcuts(map: ShortcutMap, enabled = true): void {
  const mapRef = useRef(map);
  useEffect(() => {
    mapRef.current = map;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.ctrlKey || event.altKey || event.metaKey) return;
      if (isTypingTarget(event.target)) return;
      const key = event.key.toLowerCase();
      if ((key === ' ' || key === 'enter') && activatesTarget(event.target)) return;
      const action = mapRef.current[key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
