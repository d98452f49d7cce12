import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { sumsSince } from '../../../electron/main/services/progress/plan-rollup';
import { missedChecksSql } from '../../../electron/main/services/readiness/answer-facts-sql';
import { readinessQuery } from '../../../electron/main/services/readiness/readiness-query';
import { missedChecksExpression } from '../../../electron/main/storage/migrations/015-readiness-answer-index';
import { keepsFailing } from '../../../shared/domain/readiness/readiness';
import { selfCheckItems } from '../../../shared/domain/sessions';
import { removeTempDirs } from '../../helpers/temp-dir';
import { benchNow, generateHistory } from '../../bench/suites/progress-history';
import { judged, type RawAnswer } from './judged-answer';

/*
 * Readiness reads its answer facts from the readiness rollup, whose rows are
 * summed in SQL from one covering index when a question joins a plan (issue 10:
 * p99 under 16 ms at 1,000,000 answers). These tests hold it to the slow path:
 * every answer read in JavaScript and judged by the one rule
 * (shared/domain/progress/answer-facts.ts), on generated histories.
 * test/unit/readiness/plan-rollup.test.ts keeps the rollup right under later writes.
 */

afterAll(removeTempDirs);
const day = 86_400_000;

/** The slow path: every answer since the interview was logged, judged one by one in TypeScript. */
function slowFacts(rows: RawAnswer[]) {
  const perQuestion = new Map<number, { timed: number; over: number }>();
  const checks = new Map(selfCheckItems.map((item) => [item.key, { done: 0, missed: 0, questionIds: new Set<number>() }]));
  for (const a of rows) {
    const facts = judged(a);
    const time = perQuestion.get(a.question_id) ?? { timed: 0, over: 0 };
    time.timed += Number(facts.timed);
    time.over += Number(facts.over);
    perQuestion.set(a.question_id, time);
    if (!facts.done) continue;
    for (const item of selfCheckItems) {
      const c = checks.get(item.key)!;
      c.done += 1;
      if (facts.missed.includes(item.key)) {
        c.missed += 1;
        c.questionIds.add(a.question_id);
      }
    }
  }
  const failing = selfCheckItems
    .map((item) => ({ key: item.key, ...checks.get(item.key)! }))
    .filter((c) => keepsFailing(c.missed, c.done))
    .map((c) => ({ key: c.key, done: c.done, missed: c.missed, questionIds: [...c.questionIds].sort((x, y) => x - y) }));
  return { perQuestion, failing };
}

describe('readiness facts from the rollup, summed from the covering index', () => {
  const { db } = generateHistory(20_000);
  const questionIds = db.prepare<[], number>('SELECT id FROM questions ORDER BY id').pluck().all();

  test('the service builds exactly the expression the migration indexed, and a plan row is summed from that index only', () => {
    expect(missedChecksSql).toBe(missedChecksExpression);
    const plan = db
      .prepare<{ id: number; since: string }, { detail: string }>(`EXPLAIN QUERY PLAN ${sumsSince('@id', '@since')}`)
      .all({ id: 1, since: '' })
      .map((r) => r.detail);
    expect(plan.some((d) => d.includes('COVERING INDEX answers_question_facts'))).toBe(true);
    expect(plan.some((d) => d.includes('SCAN answers'))).toBe(false);
  });

  test('on random histories, plans and log dates the figures equal the slow path', () => {
    const selfCheck = fc.oneof(
      fc.constant('{}'),
      fc.record(Object.fromEntries(selfCheckItems.map((i) => [i.key, fc.boolean()]))).map((v) => JSON.stringify(v)),
    );
    const answerEdit = fc.record({
      skipped: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      timeLimit: fc.option(fc.constantFrom(60_000, 120_000), { nil: null }),
      overBy: fc.integer({ min: -5_000, max: 5_000 }),
      cutOff: fc.boolean(),
      selfCheck,
    });
    const seen = { failing: 0, over: 0 };
    fc.assert(
      fc.property(
        fc.array(answerEdit, { minLength: 1, maxLength: 60 }),
        fc.subarray(questionIds, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 400 }),
        (edits, plan, loggedDaysAgo) => {
          const created = new Date(benchNow.getTime() - loggedDaysAgo * day).toISOString();
          const run = db.transaction(() => {
            // Rewrite the newest answers of the plan's questions with the generated facts.
            const targets = db
              .prepare<{ n: number }, number>(`SELECT id FROM answers WHERE question_id IN (${plan.join(',')}) ORDER BY id DESC LIMIT @n`)
              .pluck()
              .all({ n: edits.length });
            const update = db.prepare(
              `UPDATE answers SET skipped = @skipped, confidence = CASE WHEN @skipped THEN NULL ELSE coalesce(confidence, 3) END,
                 time_limit_ms = @limit, time_used_ms = @used, cut_off_at_limit = @cut, self_check = @check WHERE id = @id`,
            );
            for (const [i, id] of targets.entries()) {
              const e = edits[i]!;
              update.run({
                id,
                skipped: e.skipped ? 1 : 0,
                limit: e.timeLimit,
                used: Math.max(0, (e.timeLimit ?? 90_000) + e.overBy),
                cut: e.cutOff && e.timeLimit !== null ? 1 : 0,
                check: e.selfCheck,
              });
            }
            const interview = Number(
              db
                .prepare(
                  `INSERT INTO interviews (company, role, held_at, stage, format, created_at, updated_at)
                   VALUES ('Harbour Lane', 'Audit Senior', @held, 'first', 'video', @created, @created)`,
                )
                .run({ held: new Date(benchNow.getTime() + 7 * day).toISOString(), created }).lastInsertRowid,
            );
            const add = db.prepare(
              `INSERT INTO interview_plan_questions (interview_id, question_id, source, added_at) VALUES (?, ?, 'picked', ?)`,
            );
            for (const q of plan) add.run(interview, q, created);
            const fast = readinessQuery(db)(interview, benchNow);
            const raw = db
              .prepare<{ since: string }, RawAnswer>(
                `SELECT question_id, skipped, time_used_ms, time_limit_ms, cut_off_at_limit, self_check FROM answers
                 WHERE question_id IN (${plan.join(',')}) AND answered_at >= @since`,
              )
              .all({ since: created });
            const slow = slowFacts(raw);
            seen.failing += slow.failing.length;
            seen.over += [...slow.perQuestion.values()].reduce((n, t) => n + t.over, 0);
            for (const q of fast.questions) {
              expect({ timed: q.timed, over: q.overLimit }).toEqual(slow.perQuestion.get(q.questionId) ?? { timed: 0, over: 0 });
            }
            expect(fast.failingChecks.map((c) => ({ ...c, questionIds: [...c.questionIds].sort((x, y) => x - y) }))).toEqual(
              slow.failing.map((c) => ({ ...c, label: selfCheckItems.find((i) => i.key === c.key)!.label })),
            );
            const timed = [...slow.perQuestion.values()].reduce((n, t) => n + t.timed, 0);
            const over = [...slow.perQuestion.values()].reduce((n, t) => n + t.over, 0);
            expect(fast.time).toEqual({ timed, over, within: timed - over });
            throw new Rollback();
          });
          try {
            run();
          } catch (error) {
            if (!(error instanceof Rollback)) throw error;
          }
        },
      ),
      { numRuns: 40 },
    );
    // Not vacuous: the generated cases had failing self-check items and answers over the limit.
    expect(seen.failing).toBeGreaterThan(0);
    expect(seen.over).toBeGreaterThan(0);
  });
});

/** Thrown to undo one generated case's writes. */
class Rollback extends Error {}
