import type { Database, Statement } from 'better-sqlite3';

/**
 * Thrown when code iterates a statement that changes data outside a
 * transaction: rows come back one at a time, so no transaction can be wrapped
 * around the whole statement for it.
 */
export class AutocommitWriteError extends Error {
  constructor(readonly sql: string) {
    super(`A statement that changes data was iterated outside a transaction; wrap it in db.transaction(): ${sql.slice(0, 120)}`);
    this.name = 'AutocommitWriteError';
  }
}

/**
 * Statements that change no rows, or that SQLite refuses inside a
 * transaction (VACUUM, ATTACH, DETACH, journal-mode pragmas): run as they are.
 * Transaction control passes too.
 */
const maintenance = /^\s*(PRAGMA|VACUUM|ATTACH|DETACH|ANALYZE|BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

const guarded = new WeakSet<Database>();

function guardStatement(db: Database, statement: Statement, sql: string): Statement {
  for (const method of ['run', 'get', 'all'] as const) {
    const original = statement[method] as (...args: unknown[]) => unknown;
    const inTransaction = db.transaction((self: Statement, args: unknown[]) => original.apply(self, args));
    Object.defineProperty(statement, method, {
      configurable: true,
      writable: true,
      value: function (this: Statement, ...args: unknown[]) {
        return db.inTransaction ? original.apply(this, args) : inTransaction(this, args);
      },
    });
  }
  const iterate = statement.iterate;
  Object.defineProperty(statement, 'iterate', {
    configurable: true,
    writable: true,
    value: function (this: Statement, ...args: unknown[]) {
      if (!db.inTransaction) throw new AutocommitWriteError(sql);
      return iterate.apply(this, args as []);
    },
  });
  return statement;
}

/**
 * Makes every write on `db` run inside an explicit transaction, in tests and
 * in production alike (issue 16, item 1). An autocommit write read with
 * `.get()` (e.g. `INSERT … RETURNING`) commits inside `sqlite3_reset()`,
 * whose error better-sqlite3 ignores: on a full disk the caller answered
 * "saved" for a row that was never stored (SQLite's documentation of
 * `sqlite3_reset` warns about this). Inside `db.transaction(…)` the COMMIT is
 * a statement of its own, whose failure throws.
 *
 * How: a prepared statement with `readonly === false` (SQLite's own verdict,
 * so no SQL parsing can miss one) run with `run`/`get`/`all` outside a
 * transaction gets one of its own; `iterate` refuses (AutocommitWriteError);
 * `exec` of anything but maintenance outside a transaction runs in one.
 * better-sqlite3's own BEGIN/COMMIT statements and `db.pragma` use the native
 * handle and are not affected. Costs one property read per write.
 *
 * Chosen over a lint rule or a refusing guard: a lint rule cannot see whether
 * a statement built from a string writes, nor whether a transaction was opened
 * two functions up; a refusing guard would turn every forgotten transaction
 * into a crash in production. This one makes a new autocommit write
 * impossible rather than forbidden: every write path, present and future,
 * commits through a COMMIT whose failure throws. (The dispatcher still runs
 * each synchronous write channel whole in one transaction, so its checks and
 * writes are also atomic together: see ipc/write-transactions.ts.)
 */
export function guardWrites(db: Database): Database {
  if (guarded.has(db)) return db;
  guarded.add(db);
  const prepare = db.prepare.bind(db);
  const exec = db.exec.bind(db);
  const execInTransaction = db.transaction((sql: string) => exec(sql));
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
      if (db.inTransaction || maintenance.test(sql)) exec(sql);
      else execInTransaction(sql);
      return db;
    },
  });
  return db;
}
