import type { Database, Statement } from 'better-sqlite3';
import { planCap } from '../../../../shared/domain/progress/deadline-schedule';
import { heldOnOf, heldSortSql } from '../../../../shared/domain/reflection/interview-when';

/**
 * The deadline-aware due time in SQL (the rule is `effectiveDue` in
 * shared/domain/progress/deadline-schedule.ts; test/unit/readiness/effective-due.test.ts
 * checks the two agree). Every due query reads `effective_due` instead of
 * `review_state` so the queue, the counts and "practise the due questions"
 * agree with each other.
 *
 * Parameters: `@caps` (from `planCaps`), `@now` and `@before` (ISO instants).
 * Rows: `question_id`, `due` (ISO), `in_plan` (1 for a question of an
 * upcoming interview's plan), `never` (1 when never practised: `neverPractised`). Questions
 * outside every plan come straight from the `review_state_due` index, so only
 * plan questions cost extra.
 */
/** SQL of `neverPractised` for a LEFT JOINed `review_state` alias `r`. */
const neverPractisedSql = '(r.question_id IS NULL OR r.reps = 0 OR r.last_review IS NULL)';

export const effectiveDueCte = `
  caps(question_id, cap) AS (
    SELECT p.question_id, min(c.value ->> 1) FROM json_each(@caps) c
    JOIN interview_plan_questions p ON p.interview_id = c.value ->> 0
    GROUP BY p.question_id
  ),
  effective_due(question_id, due, in_plan, never) AS (
    SELECT r.question_id, r.due, 0, ${neverPractisedSql} FROM review_state r
    WHERE r.due < @before AND r.question_id NOT IN (SELECT question_id FROM caps)
    UNION ALL
    SELECT c.question_id,
      CASE WHEN ${neverPractisedSql} THEN @now
           WHEN r.last_review < c.cap THEN min(r.due, c.cap)
           ELSE r.due END,
      1, ${neverPractisedSql}
    FROM caps c LEFT JOIN review_state r ON r.question_id = c.question_id
  )`;

/** The order of the due queue: plan questions first, never-practised first among them, then most overdue. */
export const effectiveDueOrder = 'e.in_plan DESC, e.never DESC, e.due, e.question_id';

interface UpcomingRow {
  id: number;
  held_at: string | null;
  held_on: string | null;
}

const prepared = new WeakMap<Database, Statement<{ from: string }, UpcomingRow>>();

/**
 * Every interview still upcoming at `now` (its local day not yet begun), with
 * the start of its final review window (ISO): `[[interviewId, capIso], …]`.
 * Few rows: interviews held from yesterday (UTC) on are read.
 */
export function planCapList(db: Database, now: Date): [interviewId: number, cap: string][] {
  let upcoming = prepared.get(db);
  if (!upcoming) {
    upcoming = db.prepare(`SELECT id, held_at, held_on FROM interviews i WHERE ${heldSortSql('i')} >= @from`);
    prepared.set(db, upcoming);
  }
  const from = new Date(now.getTime() - 2 * 86_400_000).toISOString();
  const caps: [number, string][] = [];
  for (const row of upcoming.all({ from })) {
    const cap = planCap(heldOnOf(row.held_at, row.held_on), now);
    if (cap) caps.push([row.id, cap.toISOString()]);
  }
  return caps;
}

/** The `@caps` parameter: `planCapList` as JSON. */
export function planCaps(db: Database, now: Date): string {
  return JSON.stringify(planCapList(db, now));
}

/** All three parameters of `effectiveDueCte` for "due before `before`". */
export function effectiveDueParams(db: Database, now: Date, before: Date): { caps: string; now: string; before: string } {
  return { caps: planCaps(db, now), now: now.toISOString(), before: before.toISOString() };
}
