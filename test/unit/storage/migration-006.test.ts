import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { migration006 } from '../../../electron/main/storage/migrations/006-text-normalisation';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { seedAtVersion } from './seed-at-version';

afterEach(removeTempDirs);

const nfd = (s: string) => s.normalize('NFD');

/**
 * Migration 6 (text normalisation) on a database a user of version 5 could have, holding text typed
 * in decomposed form and look-alike bank names, migrated by this migration alone.
 */
test('migration 6: stored text becomes NFC, tags fold, look-alike banks are told apart, the search index follows', () => {
  const file = join(makeTempDir(), 'r.sqlite');
  seedAtVersion(file, 5);
  const db = new BetterSqlite3(file);
  const now = '2026-01-05T10:00:00.000Z';
  db.prepare('INSERT INTO banks (id, name, description, created_at, updated_at) VALUES (10, ?, ?, ?, ?)').run(
    nfd('Café'),
    nfd('Crème'),
    now,
    now,
  );
  db.prepare('INSERT INTO banks (id, name, created_at, updated_at) VALUES (11, ?, ?, ?)').run('CAFÉ', now, now);
  db.prepare('INSERT INTO banks (id, name, created_at, updated_at) VALUES (12, ?, ?, ?)').run('Café (2)', now, now);
  db.prepare(
    'INSERT INTO questions (id, bank_id, text, category, tags, notes_free, created_at, updated_at) VALUES (10, 10, ?, ?, ?, ?, ?, ?)',
  ).run(nfd('Why a café?'), nfd('Motivación'), JSON.stringify([nfd('résumé'), 'RÉSUMÉ', 'ok']), nfd('naïve'), now, now);
  db.prepare(
    "INSERT INTO interviews (id, company, role, held_at, stage, format, created_at, updated_at) VALUES (10, ?, ?, ?, 'first', 'video', ?, ?)",
  ).run(nfd('Société Générale'), 'Analyst', now, now, now);

  db.transaction(() => migration006.up(db))();

  const banks = db
    .prepare<[], { id: number; name: string; description: string; updated_at: string }>(
      'SELECT id, name, description, updated_at FROM banks WHERE id >= 10 ORDER BY id',
    )
    .all();
  expect(banks).toEqual([
    { id: 10, name: 'Café', description: 'Crème', updated_at: now },
    { id: 11, name: 'CAFÉ (3)', description: '', updated_at: now },
    { id: 12, name: 'Café (2)', description: '', updated_at: now },
  ]);
  expect(db.prepare('SELECT text, category, tags, notes_free FROM questions WHERE id = 10').get()).toEqual({
    text: 'Why a café?',
    category: 'Motivación',
    tags: JSON.stringify(['résumé', 'ok']),
    notes_free: 'naïve',
  });
  expect(db.prepare('SELECT company FROM interviews WHERE id = 10').get()).toEqual({ company: 'Société Générale' });
  // The full-text index holds the normalised text and is consistent with its table.
  expect(() => db.exec("INSERT INTO questions_fts (questions_fts) VALUES ('integrity-check')")).not.toThrow();
  expect(db.prepare("SELECT rowid FROM questions_fts WHERE questions_fts MATCH 'cafe'").all()).toEqual([{ rowid: 10 }]);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  // Running it again changes nothing.
  const snapshot = JSON.stringify(db.prepare('SELECT * FROM banks ORDER BY id').all());
  db.transaction(() => migration006.up(db))();
  expect(JSON.stringify(db.prepare('SELECT * FROM banks ORDER BY id').all())).toBe(snapshot);
  db.close();
});
