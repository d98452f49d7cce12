import type { Database } from 'better-sqlite3';

export interface Migration {
  /** Becomes `PRAGMA user_version` once applied; versions run 1, 2, 3… without gaps. */
  version: number;
  name: string;
  /**
   * The migration rebuilds tables (SQLite's 12-step procedure), so the runner
   * turns foreign-key enforcement off before its transaction (it cannot change
   * inside one), runs `foreign_key_check` before committing, and turns it back on.
   */
  foreignKeysOff?: true;
  up: (db: Database) => void;
}
