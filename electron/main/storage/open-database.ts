import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate, readUserVersion, type MigrationReport } from './migrate';
import { latestVersion, migrations } from './migrations/index';
import { DatabaseCorruptError, DatabaseTooNewError } from './startup-errors';
import { timestampForFile } from './file-names';

export const databaseFileName = 'rehearse.sqlite';

export interface OpenedDatabase {
  db: Database;
  file: string;
  migration: MigrationReport;
  /** The copy taken before migrating, when there was anything to migrate. */
  preMigrationBackup: string | null;
}

/**
 * Reads the version of an existing file without changing a byte: switching a
 * file to WAL writes its header, which a database from a newer app must never get.
 */
function inspectExisting(file: string): number {
  let probe: Database | undefined;
  try {
    probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const version = readUserVersion(probe);
    const check = probe.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DatabaseCorruptError(file, `quick_check: ${String(check)}`);
    return version;
  } catch (error) {
    if (error instanceof DatabaseCorruptError) throw error;
    const code = (error as { code?: string }).code ?? 'unknown error';
    throw new DatabaseCorruptError(file, code === 'SQLITE_NOTADB' ? 'not a database file' : code);
  } finally {
    probe?.close();
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
 * DatabaseCorruptError without having written anything.
 */
export function openDatabase(dataDir: string): OpenedDatabase {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, databaseFileName);
  const existingVersion = existsSync(file) ? inspectExisting(file) : 0;
  if (existingVersion > latestVersion) throw new DatabaseTooNewError(file, existingVersion, latestVersion);

  const db = new BetterSqlite3(file);
  try {
    applyConnectionPragmas(db);
    let preMigrationBackup: string | null = null;
    if (existingVersion > 0 && existingVersion < latestVersion) {
      const backupDir = join(dataDir, 'backups');
      mkdirSync(backupDir, { recursive: true });
      preMigrationBackup = join(backupDir, `pre-migration-v${existingVersion}-${timestampForFile(new Date())}.sqlite`);
      // VACUUM INTO writes a consistent copy through SQLite; copying an open file could tear it.
      db.prepare('VACUUM INTO ?').run(preMigrationBackup);
    }
    const migration = migrate(db, file, migrations);
    return { db, file, migration, preMigrationBackup };
  } catch (error) {
    db.close();
    throw error;
  }
}
