import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { migrations } from '../../../electron/main/storage/migrations/index';
import { databaseFileName } from '../../../electron/main/storage/open-database';
import { searchQuestions } from '../../../electron/main/services/questions/question-search';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { callOk, openTestCore } from '../../helpers/test-core';

afterEach(removeTempDirs);

test('a version-1 database gets a search index over its existing questions and keeps its starter keys as seen', async () => {
  const dir = makeTempDir();
  const db = new BetterSqlite3(join(dir, databaseFileName));
  migrations[0]!.up(db);
  db.pragma('user_version = 1');
  const now = '2026-01-05T10:00:00.000Z';
  db.prepare("INSERT INTO banks (id, name, starter_key, created_at, updated_at) VALUES (1, 'Common openers', 'common-openers', ?, ?)").run(
    now,
    now,
  );
  db.prepare(
    `INSERT INTO questions (bank_id, text, tags, guidance, notes_result, starter_key, created_at, updated_at)
     VALUES (1, 'My edited opener', '["pitch"]', 'Be brief', 'Got the offer', 'common-openers/tell-me-about-yourself', ?, ?)`,
  ).run(now, now);
  db.close();

  const core = openTestCore(dir);
  for (const query of ['edited', 'pitch', 'brief', 'offer']) {
    expect(searchQuestions(core.db, { query, limit: 10 }).map((h) => h.text)).toContain('My edited opener');
  }
  // Seeding at start saw both keys already: the user's opener is neither duplicated nor overwritten.
  const openers = await callOk(core, 'questions.list', { bankId: 1 });
  expect(openers.filter((q) => q.starterKey === 'common-openers/tell-me-about-yourself').map((q) => q.text)).toEqual(['My edited opener']);
  expect(openers.length).toBeGreaterThan(1);
  core.close();
});
