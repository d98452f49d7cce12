import type { Database } from 'better-sqlite3';

/** One schema version's seed rows: see seed-at-version.ts for how the blocks are used. */
export interface SeedBlock {
  version: number;
  /** Inserts the rows; returns how many rows it added per table. */
  apply(db: Database): Record<string, number>;
}

// Answers fall on several days and weeks, two of them near midnight UTC so that the
// user's local day (the tests run in a zone west of UTC) differs from the UTC date.
export const day = (d: number, time = '10:00:00') => `2026-01-${String(d).padStart(2, '0')}T${time}.000Z`;
