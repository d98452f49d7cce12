/** Something the user must be told once, e.g. that a corrupt settings file was set aside. */
export interface Notice {
  id: string;
  level: 'info' | 'warning';
  message: string;
}

export interface AppInfo {
  version: string;
  /** `desktop` inside Electron; `browser` behind the loopback bridge. */
  mode: 'desktop' | 'browser';
  dataDir: string;
  databaseFile: string;
  notices: Notice[];
}
