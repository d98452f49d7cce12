import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate, readUserVersion, type MigrationReport } from './migrate';
import { latestVersion } from './migrations/index';
import { DatabaseCorruptError, DatabaseTooNewError, DatabaseUnreadableError } from './startup-errors';
import { fullCheckReason, takeCleanShutdown } from './clean-shutdown';
import { timestampForFile } from './file-names';
import { UnverifiedCopyError, writeVerifiedCopy } from './verified-copy';

export const databaseFileName = 'rehearse.sqlite';

export interface OpenedDatabase {
  db: Database;
  file: string;
  migration: MigrationReport;
  /** The copy taken before migrating, when there was anything to migrate. */
  preMigrationBackup: string | null;
  integrity: StartupIntegrity;
}

/** How much of SQLite's check ran at open (see clean-shutdown.ts). */
export interface StartupIntegrity {
  /** Why the full quick_check ran at open (e.g. `not closed cleanly`), or null when it waits for the background. */
  fullCheckAtOpen: string | null;
  /** When a full check last passed: now when it ran at open, the marker's time when deferred. */
  lastFullCheckAt: Date;
}

/**
 * Reads the version of an existing file without changing a byte: switching a
 * file to WAL writes its header, which a database from a newer app must never get.
 * With `fullCheck`, runs quick_check (every page); without it, only reads the
 * header and parses the schema, which still refuses a file that is not a
 * database or whose schema is unreadable.
 */
function inspectExisting(file: string, fullCheck: boolean): number {
  let probe: Database | undefined;
  // A read-only look at a file with a -wal beside it makes SQLite create the -shm index;
  // remove it again, so a refused file's folder is left exactly as it was found.
  const shm = `${file}-shm`;
  const hadShm = existsSync(shm);
  try {
    probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const version = readUserVersion(probe);
    if (fullCheck) {
      const check = probe.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new DatabaseCorruptError(file, `quick_check: ${String(check)}`);
    } else {
      probe.prepare('SELECT count(*) FROM sqlite_master').get();
    }
    return version;
  } catch (error) {
    if (error instanceof DatabaseCorruptError) throw error;
    const code = (error as { code?: string }).code ?? 'unknown error';
    if (code === 'SQLITE_NOTADB') throw new DatabaseCorruptError(file, 'not a database file');
    if (code.startsWith('SQLITE_CORRUPT')) throw new DatabaseCorruptError(file, code);
    throw new DatabaseUnreadableError(file, code);
  } finally {
    probe?.close();
    if (!hadShm) rmSync(shm, { force: true });
  }
}

export function applyConnectionPragmas(db: Database): void {
  db.pragma('journal_mode = WAL');
  // better-sqlite3 defaults to NORMAL under WAL, which can lose the last commits on power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/**
 * Opens (creating if needed) the app database in `dataDir`, backs it up when
 * migrations are pending, and migrates it. Throws DatabaseTooNewError or
 * DatabaseCorruptError (or DatabaseUnreadableError) without having written anything.
 *
 * The full quick_check runs here unless the folder shows a clean close of
 * this very file within the week (clean-shutdown.ts); then the caller runs it
 * in the background (`integrity.fullCheckAtOpen` is null). A newer database is
 * refused either way: its version is always read first.
 */
export function openDatabase(dataDir: string, now: Date = new Date()): OpenedDatabase {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, databaseFileName);
  const exists = existsSync(file);
  const marker = takeCleanShutdown(dataDir);
  const fullCheckAtOpen = exists ? fullCheckReason(file, marker, now) : 'new database';
  const existingVersion = exists ? inspectExisting(file, fullCheckAtOpen !== null) : 0;
  const integrity: StartupIntegrity = {
    fullCheckAtOpen,
    lastFullCheckAt: fullCheckAtOpen !== null || !marker ? now : new Date(marker.fullCheckAt),
  };
  if (existingVersion > latestVersion) throw new DatabaseTooNewError(file, existingVersion, latestVersion);

  const db = new BetterSqlite3(file);
  try {
    applyConnectionPragmas(db);
    let preMigrationBackup: string | null = null;
    if (existingVersion > 0 && existingVersion < latestVersion) {
      const backupDir = join(dataDir, 'backups');
      mkdirSync(backupDir, { recursive: true });
      preMigrationBackup = join(backupDir, `pre-migration-v${existingVersion}-${timestampForFile(new Date())}.sqlite`);
      // The same verified-copy writer as every backup: a copy that fails its check stops the upgrade.
      try {
        writeVerifiedCopy(db, preMigrationBackup);
      } catch (error) {
        if (error instanceof UnverifiedCopyError) throw new DatabaseCorruptError(file, `the copy taken before upgrading: ${error.problem}`);
        throw error;
      }
    }
    const migration = migrate(db, file);
    return { db, file, migration, preMigrationBackup, integrity };
  } catch (error) {
    db.close();
    throw error;
  }
}
