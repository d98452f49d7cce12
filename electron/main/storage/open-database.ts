import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate, readUserVersion, type MigrationReport } from './migrate';
import { latestVersion, migrations } from './migrations/index';
import { DatabaseCorruptError, DatabaseTooNewError, DatabaseUnreadableError } from './startup-errors';
import { timestampForFile } from './file-names';
import { guardWrites } from './write-guard';

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
  // A read-only look at a file with a -wal beside it makes SQLite create the -shm index;
  // remove it again, so a refused file's folder is left exactly as it was found.
  const shm = `${file}-shm`;
  const hadShm = existsSync(shm);
  try {
    probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const version = readUserVersion(probe);
    const check = probe.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DatabaseCorruptError(file, `quick_check: ${String(check)}`);
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
 */
export function openDatabase(dataDir: string): OpenedDatabase {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, databaseFileName);
  const existingVersion = existsSync(file) ? inspectExisting(file) : 0;
  if (existingVersion > latestVersion) throw new DatabaseTooNewError(file, existingVersion, latestVersion);

  const db = guardWrites(new BetterSqlite3(file));
  try {
    applyConnectionPragmas(db);
    let preMigrationBackup: string | null = null;
    if (existingVersion > 0 && existingVersion < latestVersion) {
      const backupDir = join(dataDir, 'backups');
      mkdirSync(backupDir, { recursive: true });
      preMigrationBackup = join(backupDir, `pre-migration-v${existingVersion}-${timestampForFile(new Date())}.sqlite`);
      // VACUUM INTO writes a consistent copy through SQLite; copying an open file could tear it.
      // It is written under a temporary name and renamed once whole, so a crash mid-copy never
      // leaves a partial file that looks like a backup.
      const partial = join(backupDir, `.partial-${basename(preMigrationBackup)}`);
      rmSync(partial, { force: true });
      db.prepare('VACUUM INTO ?').run(partial);
      const fd = openSync(partial, 'r+');
      fsyncSync(fd); // VACUUM INTO does not flush its output; the rename must not outrun the bytes
      closeSync(fd);
      renameSync(partial, preMigrationBackup);
    }
    const migration = migrate(db, file, migrations);
    return { db, file, migration, preMigrationBackup };
  } catch (error) {
    db.close();
    throw error;
  }
}
