import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { createSchemaAtVersion, latestVersion, migrate, readUserVersion } from '../../../electron/main/storage/migrate';
import { autoincrementSql, migration014 } from '../../../electron/main/storage/migrations/014-ids-never-reused';
import { migrations } from '../../../electron/main/storage/migrations/index';
import { databaseFileName, openDatabase } from '../../../electron/main/storage/open-database';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { seedAtVersion } from './seed-at-version';
import { dumpSchema, dumpTables } from './table-dump';

afterEach(removeTempDirs);

const before = migration014.version - 1;
/** The tables whose ids the app hands out (an own `id INTEGER PRIMARY KEY`). */
const idTables = [
  'action_items',
  'answers',
  'banks',
  'interviews',
  'practice_sessions',
  'questions',
  'recordings',
  'reflections',
  'stories',
  'story_uses',
];

type Db = InstanceType<typeof BetterSqlite3>;
const sqlOf = (db: Db, name: string) =>
  db.prepare<[string], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(name)!.sql;
const sequence = (db: Db) =>
  Object.fromEntries(
    db
      .prepare<[], { name: string; seq: number }>('SELECT name, seq FROM sqlite_sequence')
      .all()
      .map((r) => [r.name, r.seq]),
  );
const maxId = (db: Db, table: string) => db.prepare<[], { m: number | null }>(`SELECT max(id) AS m FROM ${table}`).get()!.m ?? 0;

/** A data folder with a database at the version before this migration, holding a user's rows. */
function oldDatabase(): { dir: string; file: string } {
  const dir = makeTempDir();
  const file = join(dir, databaseFileName);
  seedAtVersion(file, before);
  return { dir, file };
}

describe('migration: ids are never reused', () => {
  test('every table that hands out ids gets AUTOINCREMENT, seeded with its highest id; nothing else changes', () => {
    const { file } = oldDatabase();
    const old = new BetterSqlite3(file, { readonly: true });
    const rowsBefore = dumpTables(old);
    const otherSchema = dumpSchema(old).filter((o) => !(o.type === 'table' && idTables.includes(o.name)));
    const maxBefore = Object.fromEntries(idTables.map((t) => [t, maxId(old, t)]));
    old.close();

    // Only up to this migration: later ones may change other objects (an index, a column) on purpose.
    const db = new BetterSqlite3(file);
    db.pragma('foreign_keys = ON');
    migrate(db, file, migrations.slice(0, migration014.version));
    try {
      expect(readUserVersion(db)).toBe(migration014.version);
      for (const table of idTables) expect(sqlOf(db, table), table).toMatch(/\bid INTEGER PRIMARY KEY AUTOINCREMENT\b/);
      // Rows, indexes and triggers (full-text search, progress) exactly as they were.
      expect(dumpTables(db)).toEqual(rowsBefore);
      const after = dumpSchema(db);
      for (const object of otherSchema) expect(after, `${object.type} ${object.name}`).toContainEqual(object);
      expect(after).toHaveLength(otherSchema.length + idTables.length);
      // sqlite_sequence holds each table's highest id (tables without rows have no entry yet).
      const seq = sequence(db);
      for (const table of idTables) expect(seq[table] ?? 0, table).toBe(maxBefore[table]);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('legacy_alter_table', { simple: true })).toBe(0);
    } finally {
      db.close();
    }
  });

  test('after the upgrade: a deleted newest row’s id is never handed out again, in every id table', () => {
    const { dir } = oldDatabase();
    const { db } = openDatabase(dir);
    try {
      for (const table of idTables) {
        const high = maxId(db, table);
        if (high === 0) continue;
        // Delete the newest row (foreign keys deferred to the commit), insert a copy without its id: the copy
        // must get a new id. Then put the original back so its children point at it again.
        const columns = db
          .prepare<[], { name: string }>(`PRAGMA table_info(${table})`)
          .all()
          .map((c) => c.name)
          .filter((c) => c !== 'id');
        db.transaction(() => {
          db.pragma('defer_foreign_keys = ON');
          db.exec(`CREATE TEMP TABLE keep AS SELECT * FROM ${table} WHERE id = ${high}`);
          db.exec(`DELETE FROM ${table} WHERE id = ${high}`);
          const list = columns.join(', ');
          const { id } = db.prepare(`INSERT INTO ${table} (${list}) SELECT ${list} FROM temp.keep RETURNING id`).get() as {
            id: number;
          };
          expect(id, table).toBe(high + 1);
          db.exec(`DELETE FROM ${table} WHERE id = ${id}`);
          db.exec(`INSERT INTO ${table} SELECT * FROM temp.keep`);
          db.exec('DROP TABLE temp.keep');
        })();
        expect(sequence(db)[table], table).toBe(high + 1);
      }
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });

  test('full-text search and foreign keys keep working on the rebuilt tables', () => {
    const { dir } = oldDatabase();
    const { db } = openDatabase(dir);
    try {
      const search = (word: string) =>
        db
          .prepare<[string], { rowid: number }>('SELECT rowid FROM questions_fts WHERE questions_fts MATCH ? ORDER BY rowid')
          .all(word)
          .map((r) => r.rowid);
      const now = '2026-02-01T10:00:00.000Z';
      const { id } = db
        .prepare("INSERT INTO questions (bank_id, text, created_at, updated_at) VALUES (1, 'Describe a zeppelin', ?, ?) RETURNING id")
        .get(now, now) as { id: number };
      expect(search('zeppelin')).toEqual([id]);
      db.prepare("UPDATE questions SET text = 'Describe a dirigible' WHERE id = ?").run(id);
      expect(search('zeppelin')).toEqual([]);
      expect(search('dirigible')).toEqual([id]);
      // A reference to a missing row is still refused…
      expect(() =>
        db.prepare("INSERT INTO questions (bank_id, text, created_at, updated_at) VALUES (999, 'x', ?, ?)").run(now, now),
      ).toThrow(/FOREIGN KEY/);
      // …and deleting a session still removes its answers (ON DELETE CASCADE).
      const session = db.prepare<[], { session_id: number }>('SELECT session_id FROM answers LIMIT 1').get()!.session_id;
      db.transaction(() => db.prepare('DELETE FROM practice_sessions WHERE id = ?').run(session))();
      expect(db.prepare('SELECT count(*) AS n FROM answers WHERE session_id = ?').get(session)).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  test('rebuilds from the CURRENT table text: a column another migration added, with its values, survives', () => {
    const { dir, file } = oldDatabase();
    const raw = new BetterSqlite3(file);
    raw.exec("ALTER TABLE answers ADD COLUMN mood TEXT NOT NULL DEFAULT 'calm' CHECK (mood IN ('calm', 'tense'))");
    raw.exec("UPDATE answers SET mood = 'tense' WHERE id = (SELECT min(id) FROM answers)");
    const expected = raw.prepare('SELECT id, mood FROM answers ORDER BY id').all();
    raw.close();

    const { db } = openDatabase(dir);
    try {
      expect(sqlOf(db, 'answers')).toMatch(/AUTOINCREMENT[\s\S]*mood TEXT NOT NULL DEFAULT 'calm'/);
      expect(db.prepare('SELECT id, mood FROM answers ORDER BY id').all()).toEqual(expected);
      expect(() => db.prepare("UPDATE answers SET mood = 'angry'").run()).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });

  test('a table text it cannot read stops the whole upgrade, leaving the old version untouched', () => {
    const { dir, file } = oldDatabase();
    const raw = new BetterSqlite3(file);
    // Two columns that look like the key (one in a comment): refuse rather than guess.
    raw.exec('CREATE TABLE odd (\n id INTEGER PRIMARY KEY, -- was: ,id INTEGER PRIMARY KEY\n x TEXT)');
    raw.close();
    expect(() => openDatabase(dir)).toThrow(/expected one "id INTEGER PRIMARY KEY" column/);
    const check = new BetterSqlite3(file, { readonly: true });
    expect(readUserVersion(check)).toBe(before);
    expect(sqlOf(check, 'answers')).not.toMatch(/AUTOINCREMENT/);
    check.close();
  });

  test('a fresh database is built with the same schema as an upgraded one', () => {
    const fresh = new BetterSqlite3(':memory:');
    createSchemaAtVersion(fresh, latestVersion);
    for (const table of idTables) expect(sqlOf(fresh, table)).toMatch(/AUTOINCREMENT/);
    // Running the migration list again applies nothing.
    expect(migrate(fresh, ':memory:').applied).toEqual([]);
    fresh.close();
  });
});

describe('autoincrementSql', () => {
  test.each([
    ['CREATE TABLE t (id INTEGER PRIMARY KEY, x)', 'CREATE TABLE "n" (id INTEGER PRIMARY KEY AUTOINCREMENT, x)'],
    ['CREATE TABLE "t t" ("id" integer primary key desc, x)', 'CREATE TABLE "n" ("id" integer primary key desc AUTOINCREMENT, x)'],
    [
      'CREATE TABLE [t] (\n  x TEXT,\n  id INTEGER PRIMARY KEY\n)',
      'CREATE TABLE "n" (\n  x TEXT,\n  id INTEGER PRIMARY KEY AUTOINCREMENT\n)',
    ],
    ["CREATE TABLE 't' (id INTEGER PRIMARY KEY NOT NULL)", 'CREATE TABLE "n" (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL)'],
  ])('%s', (sql, expected) => {
    expect(autoincrementSql(sql, 'n')).toBe(expected);
  });

  test.each([
    'CREATE TABLE t (question_id INTEGER PRIMARY KEY, x)',
    'CREATE TABLE t (id INTEGER PRIMARY KEY ON CONFLICT REPLACE, x)',
    'CREATE TABLE t (id INTEGER, PRIMARY KEY (id))',
  ])('refuses %s', (sql) => {
    expect(() => autoincrementSql(sql, 'n')).toThrow(/ids never reused/);
  });
});
