import type { Database } from 'better-sqlite3';

/**
 * Memoises `factory(db)` per database handle, so plain functions that take a
 * `db` (the shape other features call) still prepare their statements once.
 */
export function perDatabase<T>(factory: (db: Database) => T): (db: Database) => T {
  const cache = new WeakMap<Database, T>();
  return (db) => {
    let value = cache.get(db);
    if (value === undefined) {
      value = factory(db);
      cache.set(db, value);
    }
    return value;
  };
}
