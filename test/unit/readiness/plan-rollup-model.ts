import type { Database } from 'better-sqlite3';
import fc from 'fast-check';
import { planRollupColumns } from '../../../electron/main/services/progress/plan-rollup';
import { rebuildRollups } from '../../../electron/main/services/progress/rollups';
import { selfCheckItems } from '../../../shared/domain/sessions';
import { judged, type RawAnswer } from './judged-answer';

/*
 * The write model behind the readiness rollup tests: the rollup (services/progress/plan-rollup.ts) must equal a
 * from-scratch computation after any sequence of writes: answers saved,
 * corrected (facts, question or time changed), deleted alone or with their
 * session; plans replaced, joined or trimmed; interviews deleted or their
 * logged time changed; and a full rebuild (import, "Check database"). The
 * from-scratch side reads the raw rows and judges each answer with the one rule
 * in TypeScript (shared/domain/progress/answer-facts.ts), not with the SQL.
 */

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
export const operation = fc.oneof(
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

export function setUp(db: Database): void {
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

export function apply(db: Database, op: Operation): void {
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
export function fromScratch(db: Database): Record<string, number>[] {
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

export const kept = (db: Database) =>
  db.prepare<[], Record<string, number>>('SELECT * FROM progress_plan_question ORDER BY interview_id, question_id').all();
