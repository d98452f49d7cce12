import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { latestVersion } from '../../../electron/main/storage/migrations/index';
import { databaseFileName, openDatabase } from '../../../electron/main/storage/open-database';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { seedAtVersion } from './seed-at-version';

afterEach(removeTempDirs);

/**
 * Migration 17 (walk 5, findings 3 and 4) rebuilds `interviews` so that a time, stage and format can be
 * left out, on a database a user of version 16 could have: every interview keeps what it had, the rows
 * that point at interviews (reflections, plans, asks, story uses, dismissals) keep pointing at them, the
 * readiness rollup's trigger still fires, and the new rules hold on disk.
 */
test('migration 17: interviews keep their values and children; time, stage and format may be left out, and only that', () => {
  const dir = makeTempDir();
  seedAtVersion(join(dir, databaseFileName), 16);
  const { db } = openDatabase(dir);
  expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
  expect(db.pragma('foreign_key_check')).toEqual([]);
  expect(db.prepare('SELECT id, held_at, held_on, stage, format FROM interviews ORDER BY id').all()).toEqual([
    { id: 1, held_at: '2026-01-14T10:00:00.000Z', held_on: null, stage: 'first', format: 'video' },
    { id: 2, held_at: '2026-01-26T10:00:00.000Z', held_on: null, stage: 'second', format: 'in_person' },
  ]);
  expect(db.prepare('SELECT count(*) FROM reflections WHERE interview_id IS NOT NULL').pluck().get()).toBeGreaterThan(0);
  expect(db.prepare('SELECT count(*) FROM interview_plan_questions').pluck().get()).toBe(4);
  expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'interviews'").pluck().all()).toEqual([
    'progress_plan_logged',
  ]);
  expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interviews' ORDER BY name").pluck().all()).toEqual(
    ['interviews_company', 'interviews_held_at'],
  );
  // Deleting an interview still cascades to its plan (foreign keys survived the rebuild).
  db.prepare('DELETE FROM interviews WHERE id = 2').run();
  expect(db.prepare('SELECT count(*) FROM interview_plan_questions WHERE interview_id = 2').pluck().get()).toBe(0);

  const insert = db.prepare(
    "INSERT INTO interviews (company, role, held_at, held_on, stage, format, created_at, updated_at) VALUES ('A', 'B', @at, @on, @stage, @format, 'x', 'x')",
  );
  const fine = { at: null, on: '2026-12-04', stage: null, format: null };
  expect(() => insert.run(fine)).not.toThrow();
  for (const bad of [
    { ...fine, on: null }, // neither a time nor a day
    { ...fine, at: '2026-12-04T10:00:00.000Z' }, // both
    { ...fine, on: '2026-02-30' },
    { ...fine, on: '4 Dec' },
    { ...fine, stage: 'sixth' },
    { ...fine, format: 'carrier pigeon' },
  ])
    expect(() => insert.run(bad), JSON.stringify(bad)).toThrow(/CHECK/);

  const draft = db.prepare(
    "INSERT OR REPLACE INTO interview_drafts (slot, held_on, held_time, updated_at) VALUES (@slot, @on, @time, 'x')",
  );
  expect(() => draft.run({ slot: 'home', on: '', time: '' })).not.toThrow();
  for (const bad of [
    { slot: 'other', on: '', time: '' },
    { slot: 'home', on: 'tomorrow', time: '' },
    { slot: 'home', on: '', time: '9am' },
  ])
    expect(() => draft.run(bad), JSON.stringify(bad)).toThrow(/CHECK/);
  db.close();
});
