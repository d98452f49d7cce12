import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { DatabaseCheck } from '../../../../shared/domain/data';
import { rebuildRollups, rollupTables } from '../progress/rollups';
import { databaseBytes } from './data-status';
import { quoteName } from './tables';

interface ForeignKeyRow {
  table: string;
  rowid: number | null;
  parent: string;
}

function integrity(db: Database): { lines: string[]; foreignKeys: ForeignKeyRow[] } {
  const lines = (db.pragma('quick_check', { simple: false }) as { quick_check: string }[]).map((r) => r.quick_check);
  const foreignKeys = db.pragma('foreign_key_check') as ForeignKeyRow[];
  return { lines, foreignKeys };
}

/** quick_check and foreign_key_check of a database file not otherwise open (a scratch import). */
export function checkDatabaseFile(path: string): { ok: boolean; summary: string } {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    const { lines, foreignKeys } = integrity(db);
    const ok = lines.length === 1 && lines[0] === 'ok' && foreignKeys.length === 0;
    const summary = [
      ...lines.filter((l) => l !== 'ok').slice(0, 3),
      ...foreignKeys.slice(0, 3).map((fk) => `a row of ${fk.table} points at a missing ${fk.parent}`),
    ].join('; ');
    return { ok, summary: summary || 'ok' };
  } finally {
    db.close();
  }
}

/**
 * Rebuilds the rollups from the answers and compares them with what the
 * triggers kept. Kept rebuilt (and reported) when they differ; otherwise
 * rolled back, so a healthy check writes nothing.
 */
function checkRollups(db: Database): boolean {
  // The kept copies get their own names: a temp table named like a main one would hide it from unqualified SQL.
  const kept = (t: string) => quoteName(`kept_${t}`);
  const differs = (t: string) =>
    db
      .prepare<[], { n: number }>(
        `SELECT count(*) AS n FROM (SELECT * FROM (SELECT * FROM main.${quoteName(t)} EXCEPT SELECT * FROM temp.${kept(t)})
         UNION ALL SELECT * FROM (SELECT * FROM temp.${kept(t)} EXCEPT SELECT * FROM main.${quoteName(t)}))`,
      )
      .get()!.n > 0;
  let match = true;
  try {
    db.transaction(() => {
      for (const t of rollupTables) {
        db.exec(`DROP TABLE IF EXISTS temp.${kept(t)}; CREATE TEMP TABLE ${kept(t)} AS SELECT * FROM main.${quoteName(t)};`);
      }
      rebuildRollups(db);
      match = !rollupTables.some(differs);
      if (match) throw new RollbackSignal();
    })();
  } catch (error) {
    if (!(error instanceof RollbackSignal)) throw error;
  } finally {
    for (const t of rollupTables) db.exec(`DROP TABLE IF EXISTS temp.${kept(t)}`);
  }
  return match;
}

class RollbackSignal extends Error {}

/** "Check database" in Settings: integrity, broken references, and rollups that drifted from the answers (rebuilt). */
export function checkLiveDatabase(db: Database, file: string, now: Date): DatabaseCheck {
  const { lines, foreignKeys } = integrity(db);
  const integrityOk = lines.length === 1 && lines[0] === 'ok';
  // Rollups are only worth comparing in a database that is whole.
  const rollupsMatch = integrityOk ? checkRollups(db) : true;
  return {
    checkedAt: now.toISOString(),
    ok: integrityOk && foreignKeys.length === 0,
    integrity: lines.slice(0, 50),
    foreignKeyProblems: foreignKeys.slice(0, 50).map((fk) => ({ table: fk.table, rowId: fk.rowid, parent: fk.parent })),
    rollupsMatch,
    repaired: rollupsMatch ? [] : ['The progress summaries did not match your answers and were rebuilt from them.'],
    bytes: databaseBytes(file),
  };
}
