import type { Database } from 'better-sqlite3';
import type { Migration } from './types';

/**
 * Ids are never handed out twice (issue 16, item 3). Without AUTOINCREMENT,
 * SQLite gives a new row max(rowid)+1, so deleting the newest session (or
 * restoring an older backup) gives its id to the next new one, and a window
 * still holding the old id writes into the new record. With AUTOINCREMENT,
 * `sqlite_sequence` remembers the highest id ever used per table.
 *
 * Column-agnostic on purpose: other migrations add columns in parallel, so
 * each table is rebuilt from its CURRENT `CREATE TABLE` text in sqlite_master
 * (only `AUTOINCREMENT` is added after its `id INTEGER PRIMARY KEY`), following
 * SQLite's documented procedure for other kinds of table change
 * (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table
 * Schema Changes"): foreign keys are off for the whole run (`foreignKeysOff`,
 * set by the runner outside the transaction, so dropping a parent cascades
 * nothing) and checked before commit; new table, copy, drop, rename, then the
 * table's own indexes and triggers (full-text search and progress triggers
 * included) recreated from their saved SQL. `legacy_alter_table` is on during
 * the rename so SQLite neither rewrites nor re-checks other tables' triggers
 * and `REFERENCES` clauses, which name the table by the name it gets back.
 *
 * Tables rebuilt: every ordinary rowid table whose primary key is its own
 * `id INTEGER PRIMARY KEY` (the ids the app hands out). Tables keyed by an id
 * borrowed from another table (review_state, progress rollups), FTS shadow
 * tables and tables already using AUTOINCREMENT are left alone. Copying the
 * rows with their ids seeds `sqlite_sequence` with each table's highest id.
 */
export const migration014: Migration = {
  version: 14,
  name: 'ids-never-reused',
  foreignKeysOff: true,
  up: (db) => {
    const legacy = db.pragma('legacy_alter_table', { simple: true }) === 1;
    db.pragma('legacy_alter_table = ON');
    try {
      for (const table of tablesHandingOutIds(db)) rebuildWithAutoincrement(db, table);
    } finally {
      db.pragma(`legacy_alter_table = ${legacy ? 'ON' : 'OFF'}`);
    }
  },
};

interface IdTable {
  name: string;
  sql: string;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function tablesHandingOutIds(db: Database): IdTable[] {
  const tables = db
    .prepare<[], { name: string; type: string; wr: number; schema: string }>('PRAGMA main.table_list')
    .all()
    .filter((t) => t.schema === 'main' && t.type === 'table' && t.wr === 0 && !t.name.startsWith('sqlite_'));
  const found: IdTable[] = [];
  for (const { name } of tables) {
    const keys = db
      .prepare<[], { name: string; type: string; pk: number }>(`PRAGMA main.table_xinfo(${quote(name)})`)
      .all()
      .filter((c) => c.pk > 0);
    if (keys.length !== 1 || keys[0]!.name !== 'id' || keys[0]!.type.toUpperCase() !== 'INTEGER') continue;
    const { sql } = db
      .prepare<[string], { sql: string }>("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?")
      .get(name)!;
    if (/\bAUTOINCREMENT\b/i.test(sql)) continue;
    found.push({ name, sql });
  }
  return found;
}

/** `CREATE TABLE <name> (…)` at the start of a table's stored SQL: the name, quoted or bare. */
const createTableHead = /^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:"(?:[^"]|"")+"|`[^`]+`|\[[^\]]+\]|'(?:[^']|'')+'|[\w$]+)/i;
/** The column definition `id INTEGER PRIMARY KEY [ASC|DESC]`, name quoted or bare. */
const idColumn =
  /((?:^|[(,])\s*(?:"id"|`id`|\[id\]|id)\s+INTEGER\s+PRIMARY\s+KEY\b(?:\s+(?:ASC|DESC)\b)?)(?!\s+(?:ON\s+CONFLICT|AUTOINCREMENT)\b)/gi;

/**
 * The table's own SQL under a new name, with AUTOINCREMENT after its key.
 * Throws (and the whole upgrade rolls back) when the text is not the one
 * shape it expects, rather than guessing.
 */
export function autoincrementSql(sql: string, newName: string): string {
  const head = createTableHead.exec(sql);
  if (!head) throw new Error(`Upgrade "ids never reused": cannot read the CREATE TABLE statement "${sql.slice(0, 80)}"`);
  const body = sql.slice(head[0].length);
  const matches = [...body.matchAll(idColumn)];
  if (matches.length !== 1) {
    throw new Error(
      `Upgrade "ids never reused": expected one "id INTEGER PRIMARY KEY" column in "${sql.slice(0, 80)}", found ${matches.length}`,
    );
  }
  return `CREATE TABLE ${quote(newName)}${body.replace(idColumn, '$1 AUTOINCREMENT')}`;
}

function rebuildWithAutoincrement(db: Database, table: IdTable): void {
  const temporary = `${table.name}__ids_never_reused`;
  const related = db
    .prepare<[string], { type: string; name: string; sql: string }>(
      "SELECT type, name, sql FROM main.sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name",
    )
    .all(table.name);
  // Stored (not generated) columns, in table order: generated ones cannot be inserted.
  const columns = db
    .prepare<[], { name: string; hidden: number }>(`PRAGMA main.table_xinfo(${quote(table.name)})`)
    .all()
    .filter((c) => c.hidden === 0)
    .map((c) => quote(c.name))
    .join(', ');
  const count = (name: string) => db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM main.${quote(name)}`).get()!.n;

  db.exec(autoincrementSql(table.sql, temporary));
  db.exec(`INSERT INTO main.${quote(temporary)} (${columns}) SELECT ${columns} FROM main.${quote(table.name)} ORDER BY rowid`);
  if (count(temporary) !== count(table.name)) throw new Error(`Upgrade "ids never reused": copying "${table.name}" lost rows`);
  for (const trigger of related.filter((r) => r.type === 'trigger')) db.exec(`DROP TRIGGER main.${quote(trigger.name)}`);
  db.exec(`DROP TABLE main.${quote(table.name)}`);
  db.exec(`ALTER TABLE main.${quote(temporary)} RENAME TO ${quote(table.name)}`);
  for (const object of related) db.exec(object.sql);
}
