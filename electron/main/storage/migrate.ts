import type { Database } from 'better-sqlite3';
import { DatabaseTooNewError } from './startup-errors';
import { migrations as allMigrations } from './migrations/index';
import type { Migration } from './migrations/types';

/*
 * The migration runner: the one way the rest of the app reaches the
 * migrations. Services use these functions and never import a migration (or
 * anything under migrations/); migrations never import services (both are
 * lint rules, and test/unit/storage/migration-imports.test.ts checks them).
 */

/** The schema version this app writes. */
export const latestVersion = allMigrations.length;

export interface MigrationReport {
  from: number;
  to: number;
  applied: string[];
}

export function readUserVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every pending migration in one transaction and sets `user_version`
 * at its end, so a failure part-way leaves the database exactly as it was.
 * A database newer than the app is refused before anything runs.
 */
export function migrate(db: Database, file: string, migrations: readonly Migration[] = allMigrations): MigrationReport {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1)
      throw new Error(`Migration "${migration.name}" is numbered ${migration.version}, expected ${index + 1}`);
  });
  const from = readUserVersion(db);
  const latest = migrations.length;
  if (from > latest) throw new DatabaseTooNewError(file, from, latest);
  const pending = migrations.slice(from);
  if (pending.length === 0) return { from, to: from, applied: [] };

  runInOneTransaction(db, pending, latest);
  return { from, to: latest, applied: pending.map((m) => `${m.version} ${m.name}`) };
}

/**
 * Creates the schema of `version` (1…latestVersion) in an empty database, in
 * one transaction: e.g. an imported archive's tables at the version it was
 * exported from, before its rows go in and it is migrated.
 */
export function createSchemaAtVersion(db: Database, version: number): void {
  if (!Number.isInteger(version) || version < 1 || version > latestVersion)
    throw new RangeError(`No schema version ${version}: this app knows 1 to ${latestVersion}`);
  runInOneTransaction(db, allMigrations.slice(0, version), version);
}

/**
 * Runs `pending` and sets `user_version` to `version` in one transaction. When
 * one of them rebuilds tables (`foreignKeysOff`), foreign keys are off for the
 * run (SQLite's documented order: off before BEGIN, `foreign_key_check` before
 * COMMIT, back on after), so dropping a parent table cascades nothing and a
 * broken reference still stops the upgrade.
 */
function runInOneTransaction(db: Database, pending: readonly Migration[], version: number): void {
  const keysWereOn = db.pragma('foreign_keys', { simple: true }) === 1;
  const rebuilds = pending.some((m) => m.foreignKeysOff);
  const keysOff = keysWereOn && rebuilds;
  if (keysOff) {
    if (db.inTransaction) throw new Error('Migrations that rebuild tables must not run inside a transaction');
    db.pragma('foreign_keys = OFF');
  }
  try {
    db.transaction(() => {
      for (const migration of pending) migration.up(db);
      if (rebuilds) {
        const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
        if (broken.length > 0) {
          throw new Error(
            `The upgrade would leave ${broken.length} rows pointing at missing rows (first: ${broken[0]!.table} → ${broken[0]!.parent})`,
          );
        }
      }
      // PRAGMA takes no bound parameters; version is a number we computed.
      db.pragma(`user_version = ${version}`);
    })();
  } finally {
    if (keysOff) db.pragma('foreign_keys = ON');
  }
}
