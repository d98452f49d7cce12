import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';

/**
 * The highest id each table has handed out, by table name: SQLite's
 * `sqlite_sequence` counter of an AUTOINCREMENT table (migration 14), which
 * counts deleted rows too.
 */
export type IdCounters = Map<string, number>;

/** Keeps the higher counter per table; ignores anything that is not a table name and a whole number 0 ≤ n < 2^53 − 1. */
function addCounter(counters: IdCounters, name: unknown, seq: unknown): void {
  if (typeof name !== 'string' || typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0 || seq >= Number.MAX_SAFE_INTEGER)
    return;
  counters.set(name, Math.max(counters.get(name) ?? 0, seq));
}

/** Counters from `[table name, counter]` rows (as `sqlite_sequence` has them), the higher kept; invalid rows are ignored. */
export function idCountersFrom(rows: Iterable<readonly [unknown, unknown]>): IdCounters {
  const counters: IdCounters = new Map();
  for (const [name, seq] of rows) addCounter(counters, name, seq);
  return counters;
}

/**
 * The counters of an open database: `sqlite_sequence`, raised to each table's
 * highest rowid where that is higher (a file from before migration 14 has no
 * counters, only rows). A table that cannot be read (damage, WITHOUT ROWID, a
 * virtual table) is passed over; a file that is not a database throws.
 */
function countersOf(db: Database): IdCounters {
  const counters: IdCounters = new Map();
  const tables = db.prepare<[], [string]>("SELECT name FROM sqlite_master WHERE type = 'table'").raw().all();
  for (const [name] of tables) {
    try {
      if (name === 'sqlite_sequence') {
        for (const [table, seq] of db.prepare<[], [unknown, unknown]>('SELECT name, seq FROM sqlite_sequence').raw().all())
          addCounter(counters, table, seq);
      } else if (!name.startsWith('sqlite_')) {
        addCounter(
          counters,
          name,
          db
            .prepare(`SELECT max(rowid) FROM "${name.replaceAll('"', '""')}"`)
            .pluck()
            .get(),
        );
      }
    } catch {
      // This table is damaged or has no rowid: the others still count.
    }
  }
  return counters;
}

/**
 * Reads the id counters of a database file without changing it. With
 * `journals`, the file is a database that was in use (its -wal and -journal
 * beside it hold its latest writes): the three are copied to a temporary folder
 * and the copy is opened, so SQLite may replay or roll back there and never
 * touches the original. Throws when the file cannot be read as a database.
 */
export function readIdCounters(file: string, { journals }: { journals: boolean }): IdCounters {
  let dir: string | null = null;
  let path = file;
  let db: Database | undefined;
  try {
    if (journals) {
      dir = mkdtempSync(join(tmpdir(), 'rehearse-ids-'));
      path = join(dir, basename(file));
      copyFileSync(file, path);
      for (const suffix of ['-wal', '-journal']) if (existsSync(file + suffix)) copyFileSync(file + suffix, path + suffix);
    }
    db = new BetterSqlite3(path, { readonly: !journals, fileMustExist: true });
    return countersOf(db);
  } finally {
    db?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** Where the counters came from: the highest per table, and the files that could not be read (with an SQLite or file-system code). */
export interface GatheredIdCounters {
  counters: IdCounters;
  unreadable: { file: string; code: string }[];
}

/**
 * The highest counters over several database files (see `readIdCounters`);
 * a file that cannot be read is listed in `unreadable` and the rest still count.
 */
export function gatherIdCounters(files: readonly { path: string; journals: boolean }[]): GatheredIdCounters {
  const counters: IdCounters = new Map();
  const unreadable: GatheredIdCounters['unreadable'] = [];
  for (const file of files) {
    try {
      for (const [name, seq] of readIdCounters(file.path, file)) addCounter(counters, name, seq);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      unreadable.push({ file: file.path, code: typeof code === 'string' ? code : 'unknown' });
    }
  }
  return { counters, unreadable };
}

/**
 * Raises each AUTOINCREMENT table's counter in `db` (its `main` schema) to at
 * least `counters`' value, never lowering one, in one transaction: the next
 * row gets an id above every id those counters counted. Names that are not
 * AUTOINCREMENT tables of `db` are ignored.
 */
export function raiseIdCounters(db: Database, counters: IdCounters): void {
  const autoincrement = new Set(
    db
      .prepare<[], { name: string; sql: string | null }>("SELECT name, sql FROM main.sqlite_master WHERE type = 'table'")
      .all()
      .filter((t) => /\bAUTOINCREMENT\b/i.test(t.sql ?? ''))
      .map((t) => t.name),
  );
  const raise = db.prepare<[number, string]>('UPDATE main.sqlite_sequence SET seq = max(seq, ?) WHERE name = ?');
  const add = db.prepare<[string, number]>('INSERT INTO main.sqlite_sequence (name, seq) VALUES (?, ?)');
  db.transaction(() => {
    for (const [name, seq] of counters) {
      if (!autoincrement.has(name)) continue;
      if (raise.run(seq, name).changes === 0) add.run(name, seq);
    }
  })();
}
