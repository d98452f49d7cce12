import type { Database } from 'better-sqlite3';
import { DatabaseTooNewError } from './startup-errors';
import type { Migration } from './migrations/types';

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
export function migrate(db: Database, file: string, migrations: readonly Migration[]): MigrationReport {
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
