import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/shell/menu-commands';
import { navigate, paths } from '../lib/navigation';

/** Where each desktop-menu command takes the page (hash routes, as the main navigation's links). */
export const menuCommandRoutes: Record<MenuCommand, string> = {
  'go.practice': paths.practice,
  'go.banks': paths.banks,
  'go.stories': paths.stories,
  'go.reflection': paths.reflection,
  'go.progress': paths.progress,
  'go.settings': paths.settings,
  'practice.start': paths.practice,
};

/** The first field of the mock-interview set-up form, once it is on the page. */
function setupFormField(): HTMLElement | null {
  return document.querySelector<HTMLElement>('form[aria-labelledby="setup-heading"] :is(input, select, button):not([disabled])');
}

/**
 * "Start a Mock Interview" opens Practice and puts the keyboard in the set-up form. The form
 * appears once its options have loaded, so this waits for it (and gives up when the user
 * goes elsewhere first). Where there is nothing to practise yet, Practice's own message shows.
 */
function focusSetupForm(): () => void {
  const tryFocus = () => {
    const field = setupFormField();
    if (!field) return false;
    field.focus();
    return true;
  };
  if (tryFocus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (!window.location.hash.startsWith('#/practice') || tryFocus()) observer.disconnect();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/** Acts on one menu command. Exported for tests; the app uses `useMenuCommands`. */
export function runMenuCommand(command: MenuCommand): () => void {
  navigate(menuCommandRoutes[command]);
  return command === 'practice.start' ? focusSetupForm() : () => undefined;
}

/**
 * Follows the desktop menu's commands (Go ▸ Practice… ⌘/Ctrl+1…6, Settings ⌘/Ctrl+, and
 * Start a Mock Interview ⌘/Ctrl+N). Browser mode has no menu, so `window.menu` is absent there.
 */
export function useMenuCommands(): void {
  useEffect(() => {
    let cancelPending = () => undefined as void;
    const unsubscribe = window.menu?.onCommand((command) => {
      cancelPending();
      cancelPending = runMenuCommand(command);
    });
    return () => {
      cancelPending();
      unsubscribe?.();
    };
  }, []);
}
