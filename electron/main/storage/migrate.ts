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

  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    // PRAGMA takes no bound parameters; latest is a number we computed.
    db.pragma(`user_version = ${latest}`);
  })();
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
  db.transaction(() => {
    for (const migration of allMigrations.slice(0, version)) migration.up(db);
    db.pragma(`user_version = ${version}`);
  })();
}
