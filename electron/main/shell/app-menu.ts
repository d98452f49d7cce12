import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../shared/shell/menu-commands';

/** Local help pages, shipped with the app (electron-builder `extraResources` → `<resources>/docs`). */
export const helpTopics = [
  { file: 'import-formats.md', label: 'Importing Questions: File Formats' },
  { file: 'spaced-review.md', label: 'How Spaced Review Works' },
] as const;
export type HelpFile = (typeof helpTopics)[number]['file'];

/** What the menu's own items do; the Electron layer passes the real calls, tests pass spies. */
export interface AppMenuActions {
  send(command: MenuCommand): void;
  openHelp(file: HelpFile): void;
  showDataFolder(): void;
  showAbout(): void;
}

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools only where the app runs unpackaged (`npm start`). */
  devTools: boolean;
}

/** The six areas, in the order of the page's own navigation (renderer/src/app/routes.tsx `areas`), with ⌘/Ctrl+1…6. */
const areas: { label: string; command: MenuCommand }[] = [
  { label: 'Practice', command: 'go.practice' },
  { label: 'Question Banks', command: 'go.banks' },
  { label: 'My Stories', command: 'go.stories' },
  { label: 'Reflection', command: 'go.reflection' },
  { label: 'Progress', command: 'go.progress' },
  { label: 'Settings', command: 'go.settings' },
];

/**
 * The application menu, laid out as each platform's users expect
 * (electronjs.org/docs/latest/api/menu, "Examples" and "Notes on macOS Application Menu"):
 * standard roles for Edit, View and Window so the system's own shortcuts work (⌘C/⌘V on
 * macOS need the Edit roles); Settings under the app menu with ⌘, on macOS and under File
 * with Ctrl+, elsewhere; a Go menu for the six areas; "Start a Mock Interview" (⌘/Ctrl+N);
 * Help opening the local docs and the data folder, never a web page.
 */
export function appMenuTemplate({ platform, devTools }: AppMenuOptions, actions: AppMenuActions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  // Ids let the Electron end-to-end test find the items (test/electron/desktop-flows.test.ts).
  const settings: MenuItemConstructorOptions = {
    id: 'settings',
    label: mac ? 'Settings…' : 'Settings',
    accelerator: mac ? 'Cmd+,' : 'Ctrl+,',
    click: () => actions.send('go.settings'),
  };
  const startMock: MenuItemConstructorOptions = {
    id: 'practice.start',
    label: 'Start a Mock Interview',
    accelerator: 'CmdOrCtrl+N',
    click: () => actions.send('practice.start'),
  };
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Rehearse',
          submenu: [
            { role: 'about' },
            sep,
            settings,
            sep,
            { role: 'services' },
            sep,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            sep,
            { role: 'quit' },
          ],
        },
      ]
    : [];
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: mac ? [startMock, sep, { role: 'close' }] : [startMock, sep, settings, sep, { role: 'quit' }],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      sep,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      sep,
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'reload' },
      ...(devTools ? [{ role: 'toggleDevTools' } as const] : []),
      sep,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      { role: 'togglefullscreen' },
    ],
  };
  const go: MenuItemConstructorOptions = {
    label: 'Go',
    submenu: areas.map(({ label, command }, index) => ({
      id: command,
      label,
      accelerator: `CmdOrCtrl+${index + 1}`,
      click: () => actions.send(command),
    })),
  };
  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, sep, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      ...helpTopics.map(({ file, label }) => ({ label, click: () => actions.openHelp(file) })),
      sep,
      { label: 'Show Data Folder', click: () => actions.showDataFolder() },
      ...(mac ? [] : [sep, { label: 'About Rehearse', click: () => actions.showAbout() }]),
    ],
  };
  return [...appMenu, file, edit, view, go, windowMenu, help];
}
