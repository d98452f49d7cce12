import type { Database, Statement } from 'better-sqlite3';

/**
 * Thrown when code runs a statement that changes the database outside an
 * explicit transaction. Such an autocommit write commits inside
 * `sqlite3_reset()` when it is read with `.get()` (e.g. `INSERT … RETURNING`),
 * and better-sqlite3 ignores reset's error: on a full disk the caller would
 * answer "saved" for a row that was never stored (issue 16, item 1; SQLite's
 * documentation of `sqlite3_reset` warns about this). Inside
 * `db.transaction(…)` the COMMIT is its own statement, whose failure throws.
 */
export class AutocommitWriteError extends Error {
  constructor(readonly sql: string) {
    super(`A statement that changes data ran outside a transaction; wrap it in db.transaction(): ${sql.slice(0, 120)}`);
    this.name = 'AutocommitWriteError';
  }
}

/**
 * Statements that change no rows, or that SQLite refuses inside a
 * transaction (VACUUM, ATTACH, DETACH, journal-mode pragmas): allowed in
 * autocommit. Transaction control is how the guard is satisfied, so it passes too.
 */
const maintenance = /^\s*(PRAGMA|VACUUM|ATTACH|DETACH|ANALYZE|BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

const guarded = new WeakSet<Database>();

function guardStatement(db: Database, statement: Statement, sql: string): Statement {
  for (const method of ['run', 'get', 'all', 'iterate'] as const) {
    const original = statement[method] as (...args: unknown[]) => unknown;
    Object.defineProperty(statement, method, {
      configurable: true,
      writable: true,
      value: function (this: Statement, ...args: unknown[]) {
        if (!db.inTransaction) throw new AutocommitWriteError(sql);
        return original.apply(this, args);
      },
    });
  }
  return statement;
}

/**
 * Makes every write on `db` go through an explicit transaction, in tests and
 * in production alike: a prepared statement with `readonly === false` (SQLite's
 * own verdict, so no SQL parsing can miss one) refuses to run unless
 * `db.inTransaction`, and `exec` of anything but maintenance refuses outside
 * one. better-sqlite3's own BEGIN/COMMIT statements and `db.pragma` use the
 * native handle and are not affected. Costs one property read per write.
 *
 * Chosen over a lint rule because a lint rule cannot see whether a statement
 * built from a string writes, nor whether the caller is inside a transaction
 * started two functions up; this guard can, and the test suite exercises
 * every write channel through it.
 */
export function guardWrites(db: Database): Database {
  if (guarded.has(db)) return db;
  guarded.add(db);
  const prepare = db.prepare.bind(db);
  const exec = db.exec.bind(db);
  Object.defineProperty(db, 'prepare', {
    configurable: true,
    writable: true,
    value: (sql: string) => {
      const statement = prepare(sql);
      return statement.readonly || maintenance.test(sql) ? statement : guardStatement(db, statement, sql);
    },
  });
  Object.defineProperty(db, 'exec', {
    configurable: true,
    writable: true,
    value: (sql: string) => {
      if (!db.inTransaction && !maintenance.test(sql)) throw new AutocommitWriteError(sql);
      exec(sql);
      return db;
    },
  });
  return db;
}
