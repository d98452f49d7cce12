import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

/** The lock file's name inside the data folder. It stays there (empty) between runs; only its OS lock matters. */
export const lockFileName = 'rehearse.lock';

/** Another Rehearse (desktop or browser mode) holds the data folder. Carries the one sentence the user sees. */
export class DataFolderInUseError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `Rehearse is already running with the data folder ${dataDir} (as the desktop app or in browser mode), so this start stopped without touching anything: close the other one first, or set REHEARSE_DATA_DIR to use another folder.`,
    );
    this.name = 'DataFolderInUseError';
  }
}

export interface DataFolderLock {
  /** `<dataDir>/rehearse.lock`. */
  readonly file: string;
  /** Gives the folder up (idempotent). The OS also gives it up when the process ends, however it ends. */
  release(): void;
}

/**
 * Takes the data folder for this process, before anything in it is read,
 * cleaned up or migrated: one Rehearse per data folder, whichever mode.
 *
 * The lock is an OS-level exclusive lock, held through SQLite (already the app's
 * storage engine): `BEGIN EXCLUSIVE` on `<dataDir>/rehearse.lock` in rollback-journal
 * mode takes an exclusive byte-range lock (fcntl on POSIX, LockFileEx on Windows) that
 * "prevents other database connections from reading the database while the transaction
 * is underway" (sqlite.org/lang_transaction.html). The transaction is never committed
 * and writes nothing, so the file stays empty. Because the OS drops the lock when the
 * process dies, a lock left by a crash never blocks the next start (no stale-lock
 * timeout to wait out, unlike a lock file judged by its age).
 *
 * @throws DataFolderInUseError when another process (or another lock in this one) holds the folder.
 */
export function lockDataFolder(dataDir: string): DataFolderLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, lockFileName);
  // timeout 0: better-sqlite3 otherwise waits up to 5 s for the other holder, which never lets go.
  const db = new BetterSqlite3(file, { timeout: 0 });
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new DataFolderInUseError(dataDir);
    throw error;
  }
  return {
    file,
    release() {
      if (db.open) db.close();
    },
  };
}
