/**
 * Commands the desktop menu sends to the page (main → renderer, on the `menu.command`
 * message). The menu shows the shortcut; the page does the work, so the shortcut and a
 * click on the menu do exactly what the page's own links and buttons do.
 */
export const menuCommands = [
  'go.practice',
  'go.banks',
  'go.stories',
  'go.reflection',
  'go.progress',
  'go.settings',
  'practice.start',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

/** The one message name the preload listens on. */
export const menuCommandMessage = 'menu.command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

/** What the preload exposes as `window.menu`: subscribe to menu commands; returns the unsubscribe. */
export interface MenuBridge {
  onCommand(listener: (command: MenuCommand) => void): () => void;
}
