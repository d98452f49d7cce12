import { renameSync, rmSync } from 'node:fs';
import { fsyncFile, fsyncDirectory } from './durable-files';
import { basename, dirname, join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { readUserVersion } from './migrate';

export interface CopyCheck {
  ok: boolean;
  /** quick_check's first lines when not ok, or why the file could not be read. */
  problem: string | null;
  schemaVersion: number | null;
}

/** What a quick_check run gives before it is judged: its lines and the schema version, or the error that stopped it. */
export type RawCheck = { lines: string[]; userVersion: number } | { error: { code?: string | undefined; message: string } };

/** A quick_check run judged: ok only when its one line is "ok"; the first five problems otherwise. */
export function copyCheckFrom(raw: RawCheck): CopyCheck {
  if ('error' in raw) {
    return { ok: false, problem: raw.error.code === 'SQLITE_NOTADB' ? 'not a database file' : raw.error.message, schemaVersion: null };
  }
  const problems = raw.lines.filter((l) => l !== 'ok');
  return { ok: problems.length === 0, problem: problems.length ? problems.slice(0, 5).join('; ') : null, schemaVersion: raw.userVersion };
}

/** Opens a database copy read-only and runs quick_check; never writes to it. See also check-in-worker.ts. */
export function checkDatabaseCopy(path: string): CopyCheck {
  let db: Database | undefined;
  let raw: RawCheck;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    const lines = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    raw = { lines: lines.map((l) => l.quick_check), userVersion: readUserVersion(db) };
  } catch (error) {
    raw = { error: { code: (error as { code?: string }).code, message: String((error as Error).message) } };
  } finally {
    db?.close();
  }
  return copyCheckFrom(raw);
}

/** The copy was written but did not pass its check; nothing was left under the final name. */
export class UnverifiedCopyError extends Error {
  constructor(
    readonly destination: string,
    readonly problem: string,
  ) {
    super(`The copy ${basename(destination)} could not be verified (${problem}).`);
    this.name = 'UnverifiedCopyError';
  }
}

/**
 * The one way Rehearse writes a copy of its live database (every backup, the
 * start-up copy before a migration included):
 *
 *   1. VACUUM INTO `.partial-<name>` beside the destination: a consistent
 *      copy through SQLite (copying the open file could tear it);
 *   2. fsync it (VACUUM INTO does not flush; the rename must not outrun the bytes);
 *   3. quick_check it, read-only: a copy that fails is deleted, never named;
 *   4. rename it to `destination`, and fsync the folder so the name is durable.
 *
 * So a crash at any instant leaves either no file under the final name or a
 * whole, verified one (start-up removes `.partial-` leftovers). Returns the
 * check's result. Throws UnverifiedCopyError when the check fails, or SQLite's
 * or the file system's error; the partial file is removed either way. Must
 * not run inside a transaction (SQLite refuses VACUUM there).
 */
export function writeVerifiedCopy(db: Database, destination: string): CopyCheck {
  const partial = join(dirname(destination), `.partial-${basename(destination)}`);
  rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    fsyncFile(partial);
    const check = checkDatabaseCopy(partial);
    if (!check.ok) throw new UnverifiedCopyError(destination, check.problem ?? 'unknown problem');
    renameSync(partial, destination);
    fsyncDirectory(dirname(destination));
    return check;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
