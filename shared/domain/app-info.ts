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
  /** Present only while the database could not be opened and Rehearse waits for the user to choose. */
  recovery?: RecoveryInfo;
}

/** What the recovery screen tells the user, in plain words, and what it can offer. */
export interface RecoveryInfo {
  /** Why the database could not be opened, e.g. "the file is not a database". */
  problem: string;
  /** The damaged file; it is moved aside, never deleted, whichever way the user chooses. */
  damagedFile: string;
  /** The newest backup that passed SQLite's check, or null when there is none. */
  backup: { fileName: string; createdAt: string; bytes: number } | null;
  /** True when there is no database file at all but there are backups: nothing is damaged, nothing to move aside. */
  missing?: boolean;
}

/** What the user's choice did: where the damaged file was kept, and which backup (if any) was restored. */
export interface RecoveryOutcome {
  keptAs: string;
  restoredFrom: string | null;
}

/**
 * "Copy diagnostic information" in Settings: what a problem report needs and
 * nothing the user wrote — no question, answer or reflection text, no paths.
 */
export interface Diagnostics {
  version: string;
  mode: 'desktop' | 'browser';
  /** e.g. `linux x64`. */
  platform: string;
  /** e.g. `node 22.23.3` or `electron 45.5.0`. */
  runtime: string;
  schemaVersion: number;
  databaseBytes: number;
  /** Rows per table, e.g. `{ questions: 120, answers: 900 }`. */
  counts: Record<string, number>;
  backups: number;
  /** The newest lines of `logs/rehearse.log` (codes and counts only, by construction). */
  recentLog: string[];
}
