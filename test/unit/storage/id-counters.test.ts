import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { gatherIdCounters, raiseIdCounters, readIdCounters } from '../../../electron/main/storage/id-counters';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

afterEach(removeTempDirs);

/** A database with two AUTOINCREMENT tables, one plain table, and whatever `sequence` rows it is given. */
function databaseWith(file: string, sequence: [string, unknown][]): void {
  const db = new BetterSqlite3(file);
  db.exec(`
    CREATE TABLE banks (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT);
    CREATE TABLE questions (id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT);
    CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);
    INSERT INTO notes (id, text) VALUES (40, 'a plain table counts its highest rowid');
    INSERT INTO questions (id, text) VALUES (7, 'q');`);
  db.exec('DELETE FROM sqlite_sequence');
  const add = db.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)');
  for (const [name, seq] of sequence) add.run(name, seq);
  db.close();
}

test('counters read from a file: sqlite_sequence and the highest rowid, anything that is not a whole number ignored', () => {
  const file = join(makeTempDir(), 'old.sqlite');
  databaseWith(file, [
    ['banks', 12],
    ['banks', 'twelve'],
    ['questions', -5],
    ['questions', 2.5],
    ['ghosts', 2 ** 60],
  ]);
  const counters = readIdCounters(file, { journals: false });
  expect(Object.fromEntries(counters)).toEqual({ banks: 12, questions: 7, notes: 40 });
});

test('a file in use is read from a copy with its WAL: its latest writes count, and nothing beside it appears or changes', () => {
  const dir = makeTempDir();
  const file = join(dir, 'live.sqlite');
  databaseWith(file, [['banks', 3]]);
  const writer = new BetterSqlite3(file);
  writer.pragma('journal_mode = WAL');
  writer.pragma('wal_autocheckpoint = 0');
  writer.prepare("INSERT INTO banks (id, name) VALUES (90, 'only in the WAL')").run();
  const before = readdirSync(dir).sort();
  expect(before).toContain('live.sqlite-wal');
  expect(readIdCounters(file, { journals: true }).get('banks')).toBe(90);
  expect(readdirSync(dir).sort()).toEqual(before);
  writer.close();
});

test('gathering from several files keeps the highest counter and names each file that could not be read', () => {
  const dir = makeTempDir();
  databaseWith(join(dir, 'a.sqlite'), [['banks', 5]]);
  databaseWith(join(dir, 'b.sqlite'), [['banks', 9]]);
  writeFileSync(join(dir, 'junk.sqlite'), 'not a database at all, just some text that is long enough to have a header');
  const { counters, unreadable } = gatherIdCounters(
    ['a.sqlite', 'junk.sqlite', 'b.sqlite', 'missing.sqlite'].map((name) => ({ path: join(dir, name), journals: name !== 'b.sqlite' })),
  );
  expect(counters.get('banks')).toBe(9);
  expect(unreadable).toEqual([
    { file: join(dir, 'junk.sqlite'), code: 'SQLITE_NOTADB' },
    { file: join(dir, 'missing.sqlite'), code: 'ENOENT' },
  ]);
  expect(existsSync(join(dir, 'missing.sqlite'))).toBe(false);
});

test('raising counters never lowers one and leaves tables without AUTOINCREMENT alone', () => {
  const file = join(makeTempDir(), 'new.sqlite');
  databaseWith(file, [['banks', 50]]);
  const db = new BetterSqlite3(file);
  raiseIdCounters(
    db,
    new Map([
      ['banks', 20],
      ['questions', 30],
      ['notes', 99],
      ['ghosts', 99],
    ]),
  );
  expect(db.prepare('SELECT name, seq FROM sqlite_sequence ORDER BY name').raw().all()).toEqual([
    ['banks', 50],
    ['questions', 30],
  ]);
  expect(db.prepare("INSERT INTO questions (text) VALUES ('next') RETURNING id").pluck().get()).toBe(31);
  db.close();
});
