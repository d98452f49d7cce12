import type { Database } from 'better-sqlite3';

export interface TableShape {
  name: string;
  columns: string[];
}

/** `"name"` with embedded quotes doubled: table and column names come from SQLite or a validated archive. */
export const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The ordinary tables of `schema` that hold data, parents before children
 * (by foreign key), so rows can be inserted in this order and deleted in the
 * reverse. Virtual tables (full-text search) and their shadow tables are left
 * out: their own triggers rebuild them from the tables they index.
 */
export function dataTables(db: Database, schema = 'main'): TableShape[] {
  const tables = db
    .prepare<[], { name: string; type: string }>(`PRAGMA ${schema}.table_list`)
    .all()
    .filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_'))
    .map((t) => t.name);
  const parents = new Map(
    tables.map((name) => [
      name,
      db
        .prepare<[], { table: string }>(`PRAGMA ${schema}.foreign_key_list(${quoteName(name)})`)
        .all()
        .map((fk) => fk.table)
        .filter((parent) => parent !== name && tables.includes(parent)),
    ]),
  );
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const parent of parents.get(name) ?? []) visit(parent, path);
    ordered.push(name);
  };
  for (const name of [...tables].sort()) visit(name, new Set());
  return ordered.map((name) => ({
    name,
    columns: db
      .prepare<[], { name: string }>(`PRAGMA ${schema}.table_info(${quoteName(name)})`)
      .all()
      .map((c) => c.name),
  }));
}

/** The progress triggers (migration 005), which restore and import set aside while they copy the rollups whole. */
export function progressTriggers(db: Database, schema = 'main'): { name: string; sql: string }[] {
  return db
    .prepare<[], { name: string; sql: string }>(
      `SELECT name, sql FROM ${schema}.sqlite_master WHERE type = 'trigger' AND name GLOB 'progress_*'`,
    )
    .all();
}
