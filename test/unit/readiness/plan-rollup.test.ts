import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { exportEverything } from '../../../electron/main/services/data/archive-export';
import { tableEntry } from '../../../electron/main/services/data/archive-format';
import { importEverything } from '../../../electron/main/services/data/archive-import';
import { createBackup } from '../../../electron/main/services/data/backups';
import { checkLiveDatabase } from '../../../electron/main/services/data/check-database';
import { restoreBackup } from '../../../electron/main/services/data/restore';
import { planRollupColumns } from '../../../electron/main/services/progress/plan-rollup';
import { rebuildRollups } from '../../../electron/main/services/progress/rollups';
import { migration016 } from '../../../electron/main/storage/migrations/016-readiness-rollup-and-dismissals';
import { latestVersion } from '../../../electron/main/storage/migrations/index';
import { databaseFileName, openDatabase } from '../../../electron/main/storage/open-database';
import { selfCheckItems } from '../../../shared/domain/sessions';
import { openTestCore } from '../../helpers/test-core';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { insertHistory, seedQuestions } from '../progress/history-fixture';
import { readTar, writeTar } from '../reliability/tar-fixture';
import { judged, type RawAnswer } from './judged-answer';

/*
 * The readiness rollup (services/progress/plan-rollup.ts) must equal a
 * from-scratch computation after any sequence of writes: answers saved,
 * corrected (facts, question or time changed), deleted alone or with their
 * session; plans replaced, joined or trimmed; interviews deleted or their
 * logged time changed; and a full rebuild (import, "Check database"). The
 * from-scratch side reads the raw rows and judges each answer with the one rule
 * in TypeScript (shared/domain/progress/answer-facts.ts), not with the SQL.
 */

afterEach(removeTempDirs);

const base = Date.parse('2026-03-01T09:00:00.000Z');
const at = (minute: number) => new Date(base + minute * 60_000).toISOString();
const questions = [1, 2, 3, 4, 5];
const interviews = [1, 2, 3];
const sessions = [1, 2, 3, 4];

const selfCheck = fc.oneof(
  fc.constant('{}'),
  fc.record(Object.fromEntries(selfCheckItems.map((i) => [i.key, fc.boolean()]))).map((v) => JSON.stringify(v)),
  fc.subarray(selfCheckItems.map((i) => i.key)).map((keys) => JSON.stringify(Object.fromEntries(keys.map((k) => [k, true])))),
);
const facts = fc.record({
  skipped: fc.boolean(),
  limit: fc.option(fc.constantFrom(60_000, 120_000), { nil: null }),
  overBy: fc.constantFrom(-5_000, 0, 999, 1_000, 4_000),
  cutOff: fc.boolean(),
  selfCheck,
});
// Coarse minutes, so answers often fall exactly on an interview's logged time (15, 30, 45): it counts.
const minute = fc.constantFrom(0, 10, 15, 20, 30, 40, 45, 60);

const save = fc.record({
  kind: fc.constant('save' as const),
  session: fc.constantFrom(...sessions),
  question: fc.constantFrom(...questions),
  minute,
  facts,
});
const operation = fc.oneof(
  // Saves weigh more: the other writes need answers to act on.
  { arbitrary: save, weight: 4 },
  fc.record({ kind: fc.constant('correct' as const), pick: fc.nat(), facts }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), question: fc.constantFrom(...questions), minute }),
  fc.record({ kind: fc.constant('deleteAnswer' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('deleteSession' as const), session: fc.constantFrom(...sessions) }),
  fc.record({ kind: fc.constant('replacePlan' as const), interview: fc.constantFrom(...interviews), plan: fc.subarray(questions) }),
  fc.record({ kind: fc.constant('joinPlan' as const), interview: fc.constantFrom(...interviews), question: fc.constantFrom(...questions) }),
  fc.record({
    kind: fc.constant('dropFromPlan' as const),
    interview: fc.constantFrom(...interviews),
    question: fc.constantFrom(...questions),
  }),
  fc.record({ kind: fc.constant('deleteInterview' as const), interview: fc.constantFrom(...interviews) }),
  fc.record({ kind: fc.constant('relog' as const), interview: fc.constantFrom(...interviews), minute }),
  fc.constant({ kind: 'rebuild' as const }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;
type Facts = typeof facts extends fc.Arbitrary<infer T> ? T : never;

const factColumns = (f: Facts) => ({
  skipped: f.skipped ? 1 : 0,
  confidence: f.skipped ? null : 3,
  limit: f.limit,
  used: Math.max(0, (f.limit ?? 90_000) + f.overBy),
  cut: f.cutOff && f.limit !== null ? 1 : 0,
  check: f.selfCheck,
});

function setUp(db: Database): void {
  const now = at(0);
  db.prepare("INSERT INTO banks (id, name, created_at, updated_at) VALUES (1, 'Mine', @now, @now)").run({ now });
  for (const id of questions)
    db.prepare('INSERT INTO questions (id, bank_id, text, created_at, updated_at) VALUES (?, 1, ?, ?, ?)').run(
      id,
      `Question ${id}`,
      now,
      now,
    );
  for (const id of interviews) addInterview(db, id, id * 15);
  // Two plans from the start (with answers to come), so most writes land on a plan row.
  db.prepare(
    `INSERT INTO interview_plan_questions (interview_id, question_id, source, added_at) SELECT i.id, q.id, 'picked', @now FROM interviews i, questions q WHERE i.id < 3`,
  ).run({ now });
}

function addInterview(db: Database, id: number, loggedMinute: number): void {
  db.prepare(
    `INSERT OR IGNORE INTO interviews (id, company, role, held_at, stage, format, created_at, updated_at)
     VALUES (@id, 'Harbour Lane', 'Audit Senior', @held, 'first', 'video', @logged, @logged)`,
  ).run({ id, held: at(10_000), logged: at(loggedMinute) });
}

function apply(db: Database, op: Operation): void {
  const answerIds = () => db.prepare<[], number>('SELECT id FROM answers ORDER BY id').pluck().all();
  const pick = (n: number) => {
    const ids = answerIds();
    return ids.length === 0 ? null : ids[n % ids.length]!;
  };
  switch (op.kind) {
    case 'save': {
      db.prepare(`INSERT OR IGNORE INTO practice_sessions (id, setup, started_at) VALUES (?, '{}', ?)`).run(op.session, at(0));
      const position = db
        .prepare<[number], number>('SELECT coalesce(max(position) + 1, 0) FROM answers WHERE session_id = ?')
        .pluck()
        .get(op.session)!;
      db.prepare(
        `INSERT INTO answers (session_id, question_id, position, skipped, confidence, time_used_ms, time_limit_ms, cut_off_at_limit, self_check, answered_at)
         VALUES (@session, @question, @position, @skipped, @confidence, @used, @limit, @cut, @check, @at)`,
      ).run({ session: op.session, question: op.question, position, at: at(op.minute), ...factColumns(op.facts) });
      return;
    }
    case 'correct': {
      const id = pick(op.pick);
      if (id !== null)
        db.prepare(
          `UPDATE answers SET skipped = @skipped, confidence = @confidence, time_used_ms = @used, time_limit_ms = @limit,
             cut_off_at_limit = @cut, self_check = @check WHERE id = @id`,
        ).run({ id, ...factColumns(op.facts) });
      return;
    }
    case 'move': {
      const id = pick(op.pick);
      if (id !== null) db.prepare('UPDATE answers SET question_id = ?, answered_at = ? WHERE id = ?').run(op.question, at(op.minute), id);
      return;
    }
    case 'deleteAnswer': {
      const id = pick(op.pick);
      if (id !== null) db.prepare('DELETE FROM answers WHERE id = ?').run(id);
      return;
    }
    case 'deleteSession':
      db.prepare('DELETE FROM practice_sessions WHERE id = ?').run(op.session);
      return;
    case 'replacePlan': {
      addInterview(db, op.interview, op.interview * 15);
      db.prepare('DELETE FROM interview_plan_questions WHERE interview_id = ?').run(op.interview);
      const add = db.prepare(
        `INSERT INTO interview_plan_questions (interview_id, question_id, source, added_at) VALUES (?, ?, 'picked', ?)`,
      );
      for (const q of op.plan) add.run(op.interview, q, at(0));
      return;
    }
    case 'joinPlan':
      addInterview(db, op.interview, op.interview * 15);
      db.prepare(
        `INSERT OR IGNORE INTO interview_plan_questions (interview_id, question_id, source, added_at) VALUES (?, ?, 'struggled', ?)`,
      ).run(op.interview, op.question, at(0));
      return;
    case 'dropFromPlan':
      db.prepare('DELETE FROM interview_plan_questions WHERE interview_id = ? AND question_id = ?').run(op.interview, op.question);
      return;
    case 'deleteInterview':
      db.prepare('DELETE FROM interviews WHERE id = ?').run(op.interview);
      return;
    case 'relog':
      db.prepare('UPDATE interviews SET created_at = ? WHERE id = ?').run(at(op.minute), op.interview);
      return;
    case 'rebuild':
      rebuildRollups(db);
      return;
  }
}

/** The rollup computed from scratch: every plan row, every answer judged in TypeScript. */
function fromScratch(db: Database): Record<string, number>[] {
  const plans = db
    .prepare<[], { interview_id: number; question_id: number; created_at: string }>(
      `SELECT p.interview_id, p.question_id, i.created_at FROM interview_plan_questions p JOIN interviews i ON i.id = p.interview_id
       ORDER BY p.interview_id, p.question_id`,
    )
    .all();
  const answers = db.prepare<[], RawAnswer & { answered_at: string }>('SELECT * FROM answers').all();
  return plans.map((p) => {
    const row: Record<string, number> = { interview_id: p.interview_id, question_id: p.question_id };
    for (const c of planRollupColumns) row[c] = 0;
    for (const a of answers) {
      if (a.question_id !== p.question_id || a.answered_at < p.created_at) continue;
      const facts = judged(a);
      row.timed! += Number(facts.timed);
      row.over_count! += Number(facts.over);
      row.checked! += Number(facts.done);
      for (const [i, item] of selfCheckItems.entries()) if (facts.missed.includes(item.key)) row[planRollupColumns[3 + i]!]! += 1;
    }
    return row;
  });
}

const kept = (db: Database) =>
  db.prepare<[], Record<string, number>>('SELECT * FROM progress_plan_question ORDER BY interview_id, question_id').all();

describe('the readiness rollup', () => {
  test('equals a from-scratch computation after any sequence of writes', () => {
    const { db } = openDatabase(makeTempDir());
    const seen = { rows: 0, checked: 0, over: 0 };
    try {
      fc.assert(
        fc.property(fc.array(operation, { minLength: 1, maxLength: 40 }), (ops) => {
          db.exec('DELETE FROM interviews; DELETE FROM practice_sessions; DELETE FROM questions; DELETE FROM banks;');
          setUp(db);
          for (const op of ops) {
            db.transaction(() => apply(db, op))();
            expect(kept(db), JSON.stringify(op)).toEqual(fromScratch(db));
          }
          const rows = kept(db);
          seen.rows += rows.length;
          seen.checked += rows.reduce((n, r) => n + r.checked!, 0);
          seen.over += rows.reduce((n, r) => n + r.over_count!, 0);
        }),
        { numRuns: 120 },
      );
    } finally {
      db.close();
    }
    // Not vacuous: plans held answers, some over the limit, some with done self-checks.
    expect(seen.rows).toBeGreaterThan(0);
    expect(seen.checked).toBeGreaterThan(0);
    expect(seen.over).toBeGreaterThan(0);
  });
});

describe('the readiness rollup through import, restore and Check database', () => {
  const fixedNow = () => new Date('2025-07-01T12:00:00.000Z');

  /** A data folder with two interviews' plans over a history of answers, some before and some after each was logged. */
  function coreWithPlans() {
    const core = openTestCore();
    const ids = seedQuestions(core.db);
    insertHistory(
      core.db,
      Array.from({ length: 40 }, (_, i) => ({
        session: Math.floor(i / 5),
        question: i % 8,
        minute: i * 700,
        skipped: i % 9 === 0,
        confidence: (i % 5) + 1,
        reviewConfidence: null,
        timeUsedMs: 50_000 + i * 1000,
        timeLimitMs: i % 3 === 0 ? null : 60_000,
        cutOffAtLimit: i % 7 === 0,
        selfCheck: { eyeContact: i % 2 === 0, pace: i % 3 !== 0, structure: false },
      })),
    );
    const logged = core.db.prepare<[], string>('SELECT answered_at FROM answers ORDER BY answered_at LIMIT 1 OFFSET 15').pluck().get()!;
    for (const [id, at] of [
      [1, logged],
      [2, '2000-01-01T00:00:00.000Z'],
    ] as const) {
      core.db
        .prepare(
          `INSERT INTO interviews (id, company, role, held_at, stage, format, created_at, updated_at) VALUES (?, 'Harbour Lane', 'Audit Senior', '2025-08-01T09:00:00.000Z', 'first', 'video', ?, ?)`,
        )
        .run(id, at, at);
      for (const q of ids.slice(id - 1, id + 4))
        core.db
          .prepare(`INSERT INTO interview_plan_questions (interview_id, question_id, source, added_at) VALUES (?, ?, 'picked', ?)`)
          .run(id, q, at);
    }
    return { core, deps: { ...core.deps, now: fixedNow } };
  }

  test('an import (from this version, and from the one before the rollup) and a restore leave it equal to a from-scratch computation', async () => {
    const { core, deps } = coreWithPlans();
    const expected = fromScratch(core.db);
    expect(expected.reduce((n, r) => n + r.checked!, 0)).toBeGreaterThan(0);
    expect(expected.reduce((n, r) => n + r.over_count!, 0)).toBeGreaterThan(0);
    expect(kept(core.db)).toEqual(expected);

    const archive = await exportEverything(deps);
    // The rollup is derived, so not in the archive: an archive from the version before it is this one
    // without the other table migration 16 added (reminder dismissals, none here) and what later
    // migrations added (17: the interview draft table, none here, and the interviews' `held_on` column).
    const added = ['reminder_dismissals', 'interview_drafts'];
    const files = readTar(readFileSync(archive.path)).filter((f) => !added.some((t) => f.name === tableEntry(t)));
    const manifest = files.find((f) => f.name === 'manifest.json')!;
    const older = JSON.parse(manifest.body.toString('utf8')) as {
      schemaVersion: number;
      tables: { name: string; columns: string[]; rows: number }[];
    };
    expect(older.schemaVersion).toBe(latestVersion);
    for (const table of added) expect(older.tables.find((t) => t.name === table)).toMatchObject({ rows: 0 });
    older.schemaVersion = migration016.version - 1;
    older.tables = older.tables.filter((t) => !added.includes(t.name));
    const interviews = older.tables.find((t) => t.name === 'interviews')!;
    const heldOn = interviews.columns.indexOf('held_on');
    interviews.columns.splice(heldOn, 1);
    const rows = files.find((f) => f.name === tableEntry('interviews'))!;
    rows.body = Buffer.from(
      rows.body
        .toString('utf8')
        .split('\n')
        .map((line) => (line ? JSON.stringify((JSON.parse(line) as unknown[]).filter((_, i) => i !== heldOn)) : line))
        .join('\n'),
    );
    manifest.body = Buffer.from(JSON.stringify(older));
    const olderArchive = join(core.dataDir, 'older.tar');
    writeFileSync(olderArchive, writeTar(files));

    for (const path of [archive.path, olderArchive]) {
      const fresh = openTestCore(makeTempDir());
      await importEverything({ ...fresh.deps, now: fixedNow }, path);
      expect(kept(fresh.db), path).toEqual(expected);
      fresh.close();
    }

    const backup = createBackup(deps, 'manual');
    core.db.exec('DELETE FROM practice_sessions WHERE id IN (SELECT id FROM practice_sessions ORDER BY id LIMIT 3)');
    expect(kept(core.db)).not.toEqual(expected);
    expect(kept(core.db)).toEqual(fromScratch(core.db));
    restoreBackup(deps, backup.fileName);
    expect(kept(core.db)).toEqual(expected);
    core.close();
  });

  test('Check database finds a drifted rollup and rebuilds it; a healthy one is left as it was', () => {
    const { core } = coreWithPlans();
    const file = join(core.dataDir, databaseFileName);
    expect(checkLiveDatabase(core.db, file, fixedNow())).toMatchObject({ ok: true, rollupsMatch: true });
    core.db.exec('UPDATE progress_plan_question SET checked = checked + 5 WHERE interview_id = 1');
    expect(checkLiveDatabase(core.db, file, fixedNow())).toMatchObject({ ok: true, rollupsMatch: false });
    expect(kept(core.db)).toEqual(fromScratch(core.db));
    core.close();
  });
});
