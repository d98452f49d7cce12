import type { Database } from 'better-sqlite3';
import { dataTables, quoteName } from '../../../electron/main/services/data/tables';

/** Every row of every data table (rollups and schedules included), in a stable order: "content identical" means equal dumps. */
export function dumpContents(db: Database): Record<string, unknown[]> {
  const dump: Record<string, unknown[]> = {};
  for (const table of dataTables(db)) {
    const order = table.columns.map((_, i) => String(i + 1)).join(', ');
    dump[table.name] = db
      .prepare(`SELECT * FROM ${quoteName(table.name)} ORDER BY ${order}`)
      .raw()
      .all();
  }
  dump.questions_fts = db.prepare('SELECT rowid, * FROM questions_fts ORDER BY rowid').raw().all();
  return dump;
}
