import type { Database } from 'better-sqlite3';

/** What a compaction did; page counts are SQLite pages (`page_size` bytes each). */
export interface Compaction {
  pagesBefore: number;
  freeBefore: number;
  pagesAfter: number;
  /** Why it did not run or did not finish (SQLite's error code); null when the file was compacted or had nothing free. */
  skipped: string | null;
}

/**
 * Gives the free pages of the live database back to the file system. Meant
 * for right after a restore or an import has replaced every row: deleting the
 * newer rows leaves their pages on SQLite's free list, so restoring a small
 * old backup over a large database kept the large file (issue 16).
 *
 * First each full-text index is merged ('optimize'), since deleted rows stay
 * in it as tombstones rather than free pages; then, when pages are free,
 * `VACUUM` rebuilds the file in one write transaction: a kill or a failure
 * part-way leaves the database exactly as it was before the VACUUM (SQLite's
 * "VACUUM" page: the contents are copied to a temporary database, then written
 * back over the original within a transaction, so the usual atomic commit and
 * crash recovery apply). In WAL mode the
 * rebuilt pages go through the WAL, so a TRUNCATE checkpoint follows to
 * shorten the main file and empty the WAL.
 *
 * Never throws: the replaced data is already committed when this runs, so a
 * failure (typically SQLITE_FULL: VACUUM needs room for a temporary copy as
 * large as the database) only means the space is not reclaimed yet; it is
 * returned in `skipped` (free pages are reused by later writes anyway). Must not run inside a
 * transaction (VACUUM cannot), which is returned as `skipped: 'in_transaction'`.
 */
export function compactDatabase(db: Database): Compaction {
  const pagesBefore = db.pragma('page_count', { simple: true }) as number;
  const freeBefore = db.pragma('freelist_count', { simple: true }) as number;
  const result = (skipped: string | null): Compaction => ({
    pagesBefore,
    freeBefore,
    pagesAfter: db.pragma('page_count', { simple: true }) as number,
    skipped,
  });
  if (db.inTransaction) return result('in_transaction');
  try {
    // A full-text index keeps deleted rows as tombstones in its segments (pages in use, not free) until they are
    // merged; 'optimize' merges every segment into one without them (SQLite FTS5 docs, "The 'optimize' Command").
    db.transaction(() => {
      for (const { name } of fullTextTables(db)) db.prepare(`INSERT INTO "${name}" ("${name}") VALUES ('optimize')`).run();
    })();
    if ((db.pragma('freelist_count', { simple: true }) as number) === 0) return result(null);
    db.exec('VACUUM');
  } catch (error) {
    return result((error as { code?: string }).code ?? 'error');
  }
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // A reader elsewhere holds the WAL: the next automatic checkpoint shortens the file instead.
  }
  return result(null);
}

/** The FTS5 tables of the main schema (their names come from the schema, never from the user; quoted all the same). */
function fullTextTables(db: Database): { name: string }[] {
  return db
    .prepare<[], { name: string }>(
      "SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5%'",
    )
    .all()
    .filter(({ name }) => !name.includes('"'));
}
