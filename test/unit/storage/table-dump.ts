import type { Database } from 'better-sqlite3';

/**
 * Every row of every table, as `{ table: [{ column: value }] }` in a stable
 * order, for comparing databases by value. FTS5's own shadow tables are left
 * out (their bytes depend on insert order); the full-text table itself is
 * read through SQL, so its contents are compared.
 */
export function dumpTables(db: Database): Record<string, Record<string, unknown>[]> {
  const names = db
    .prepare<[], { name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all();
  const virtual = new Set(names.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name));
  const shadow = (name: string) => [...virtual].some((v) => name.startsWith(`${v}_`));
  const dump: Record<string, Record<string, unknown>[]> = {};
  for (const { name } of names) {
    if (shadow(name)) continue;
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const select = virtual.has(name) ? `SELECT rowid AS rowid, * FROM ${quoted}` : `SELECT * FROM ${quoted}`;
    const columns = db
      .prepare(select)
      .columns()
      .map((_, i) => String(i + 1));
    dump[name] = db.prepare<[], Record<string, unknown>>(`${select} ORDER BY ${columns.join(', ')}`).all();
  }
  return dump;
}

/** The schema as SQLite stores it: every table, index and trigger with its SQL. */
export function dumpSchema(db: Database): { type: string; name: string; sql: string | null }[] {
  return db
    .prepare<[], { type: string; name: string; sql: string | null }>(
      "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all();
}
