import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import { idCountersFrom, raiseIdCounters } from '../../storage/id-counters';
import { readUserVersion } from '../../storage/migrate';
import { dataTables, progressTriggers, quoteName } from './tables';

/**
 * Replaces every row of the live database with the rows of the database file
 * `sourceFile` (same schema version), in one transaction on the same
 * connection: every service keeps its handle and prepared statements, and a
 * failure anywhere leaves the live data exactly as it was.
 *
 * Foreign keys are checked at commit (deferred), so the copy order cannot
 * trip them but a broken source cannot be committed. The progress triggers
 * are set aside while the rollups are copied whole, then put back, all in the
 * same transaction. Other triggers (full-text search) run and rebuild their
 * indexes from the copied rows.
 *
 * Ids are never handed out twice (issue 16, item 3): each table's AUTOINCREMENT
 * counter ends at the higher of the live one and the incoming one, so after
 * restoring an older backup new rows get ids above any id used before.
 */
export function replaceContentsFrom(db: Database, sourceFile: string): Record<string, number> {
  if (db.inTransaction) throw new Error('replaceContentsFrom must not run inside a transaction');
  db.prepare('ATTACH DATABASE ? AS incoming').run(sourceFile);
  try {
    const liveVersion = readUserVersion(db);
    const sourceVersion = db.pragma('incoming.user_version', { simple: true }) as number;
    if (sourceVersion !== liveVersion) {
      throw new AppError('conflict', `The data to restore is at database version ${sourceVersion}, not ${liveVersion}.`);
    }
    const tables = dataTables(db, 'main');
    const incoming = new Map(dataTables(db, 'incoming').map((t) => [t.name, t.columns.join(',')]));
    for (const table of tables) {
      if (incoming.get(table.name) !== table.columns.join(',')) {
        throw new AppError('conflict', `The data to restore does not have the table "${table.name}" as this version of Rehearse expects.`);
      }
    }
    const hasSequence = (schema: string) =>
      db.prepare(`SELECT 1 FROM ${schema}.sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'`).get() !== undefined;

    const copy = db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      const triggers = progressTriggers(db);
      for (const trigger of triggers) db.exec(`DROP TRIGGER main.${quoteName(trigger.name)}`);
      for (const table of [...tables].reverse()) db.exec(`DELETE FROM main.${quoteName(table.name)}`);
      const counts: Record<string, number> = {};
      for (const table of tables) {
        const columns = table.columns.map(quoteName).join(', ');
        counts[table.name] = db
          .prepare(`INSERT INTO main.${quoteName(table.name)} (${columns}) SELECT ${columns} FROM incoming.${quoteName(table.name)}`)
          .run().changes;
      }
      keepHighestIds(db, tables, hasSequence('incoming'));
      for (const trigger of triggers) db.exec(trigger.sql);
      return counts;
    });
    try {
      return copy();
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new AppError('conflict', 'The data to restore has rows that point at rows it does not contain; nothing was changed.');
      }
      throw error;
    }
  } finally {
    db.exec('DETACH DATABASE incoming');
  }
}

/**
 * Sets every table's `sqlite_sequence` counter to the highest of: the live
 * counter before the replace (ids handed out so far, deleted rows included),
 * the incoming counter, and the highest id copied in. Only tables of the live
 * schema are touched; a table without AUTOINCREMENT has no counter.
 */
function keepHighestIds(db: Database, tables: readonly { name: string }[], incomingHasSequence: boolean): void {
  const names = new Set(tables.map((t) => t.name));
  const incoming = incomingHasSequence
    ? db.prepare<[], [string, unknown]>('SELECT name, seq FROM incoming.sqlite_sequence').raw().all()
    : [];
  raiseIdCounters(db, idCountersFrom(incoming.filter(([name]) => names.has(name))));
}
