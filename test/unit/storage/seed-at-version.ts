import BetterSqlite3, { type Database } from 'better-sqlite3';
import { createSchemaAtVersion, latestVersion } from '../../../electron/main/storage/migrate';
import type { SeedBlock } from './seed-block';
import { earlySeedBlocks } from './seed-blocks-early';
import { lateSeedBlocks } from './seed-blocks-late';

/**
 * What a user of each schema version could have stored, as SQL valid at that
 * version (and every later one). Block N runs on a database at version N or
 * later; its rows are the "inputs" the migration tests compare:
 *
 *   seedAtVersion(file, N)         migrations 1…N, then blocks 1…N   (an old user's file)
 *   seedFreshWithInputs(file, N)   migrations 1…latest, then blocks 1…N (the same inputs today)
 *
 * After migrating the first to the latest version, both must hold the same
 * values in every table (test/unit/storage/migrations.test.ts), except what a
 * migration computes and a plain insert does not (`derivedByMigration`).
 *
 * When you add migration N: add block N at the end of seed-blocks-late.ts (rows using what migration N added),
 * and list in `derivedByMigration` anything your migration backfills that an
 * insert at the latest version would not produce by itself.
 */

export type { SeedBlock };

export const seedBlocks: SeedBlock[] = [...earlySeedBlocks, ...lateSeedBlocks];

if (seedBlocks.length !== latestVersion || seedBlocks.some((b, i) => b.version !== i + 1)) {
  throw new Error(`seed-at-version.ts needs one block per migration (1…${latestVersion}), in order`);
}

/**
 * Values a migration computes that an insert at the latest version does not:
 * compared with the explicit expected snapshot only, not with the fresh build.
 * Migration 005 replays every question's ratings into `review_state`; a plain
 * insert of an answer today leaves the schedule to the service that saves it.
 */
export const derivedByMigration: Record<string, string> = {
  review_state: 'migration 005 replays the ratings already stored into schedules',
};

function applyBlocks(db: Database, version: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const block of seedBlocks.slice(0, version)) {
    for (const [table, n] of Object.entries(block.apply(db))) counts[table] = (counts[table] ?? 0) + n;
  }
  return counts;
}

/**
 * Builds a database at `version` by applying the migrations up to it, and
 * fills it with rows a user of that version could have. Returns the row
 * count each table must still have after migrating to the latest version.
 */
export function seedAtVersion(file: string, version: number): Record<string, number> {
  const db = new BetterSqlite3(file);
  try {
    db.pragma('foreign_keys = ON');
    createSchemaAtVersion(db, version);
    return applyBlocks(db, version);
  } finally {
    db.close();
  }
}

/** A database built at the latest version, with the inputs of blocks 1…`version`: what migrating must equal. */
export function seedFreshWithInputs(file: string, version: number): void {
  const db = new BetterSqlite3(file);
  try {
    db.pragma('foreign_keys = ON');
    createSchemaAtVersion(db, latestVersion);
    applyBlocks(db, version);
  } finally {
    db.close();
  }
}
