import type { Database } from 'better-sqlite3';
import { heldOnOf } from '../../../../shared/domain/reflection/interview-when';
import { AppError } from '../../../../shared/contract/result';
import { daysBetween, endOfLocalDay, localDayKey } from '../../../../shared/domain/progress/calendar';
import { effectiveDue, neverPractised } from '../../../../shared/domain/progress/deadline-schedule';
import {
  type FailingCheck,
  keepsFailing,
  type QuestionReadiness,
  type Readiness,
  readyConfidence,
  type UpcomingInterview,
} from '../../../../shared/domain/readiness/readiness';
import type { InterviewStage } from '../../../../shared/domain/reflection/interview';
import { maxQuestionsPerSession, selfCheckItems } from '../../../../shared/domain/sessions';
import { planCapList } from '../progress/effective-due';
import { missedColumns, planRollupColumns } from '../progress/plan-rollup';
import { planQuestionFromRow, type PlanQuestionRow } from './plan-store';

interface FactsRow extends PlanQuestionRow {
  /** The readiness rollup's sums (services/progress/plan-rollup.ts); one per column, `missed` in `selfCheckItems` order. */
  timed: number | null;
  over_count: number | null;
  checked: number | null;
  [missed: `missed_${string}`]: number | null;
  answers: number | null;
  recent_avg: number | null;
  last_answered_at: string | null;
  due: string | null;
  reps: number | null;
  last_review: string | null;
}

interface InterviewRow {
  id: number;
  company: string;
  role: string;
  stage: InterviewStage | null;
  held_at: string | null;
  held_on: string | null;
  created_at: string;
}

/** Local calendar days from `now` to the interview's day `heldOn` (`YYYY-MM-DD`; 0 on the day), with or without a time. */
export function daysLeft(heldOn: string, now: Date): number {
  return daysBetween(localDayKey(now), heldOn);
}

/**
 * Readiness facts for one interview's plan (issue 10, item 4). Answers count
 * from the moment the interview was logged: "since you logged this interview";
 * their sums per plan question come from the readiness rollup
 * (services/progress/plan-rollup.ts), one primary-key lookup per question, so
 * the cost grows with the plan, never with the history.
 * Timed, over the limit and a done self-check follow the one rule
 * (shared/domain/progress/answer-facts.ts, docs/ratings.md): over is cut off at
 * the limit or at least a second past it, as on the Progress page.
 */
export function readinessQuery(db: Database) {
  const interview = db.prepare<{ id: number }, InterviewRow>(
    'SELECT id, company, role, stage, held_at, held_on, created_at FROM interviews WHERE id = @id',
  );
  const facts = db.prepare<{ id: number }, FactsRow>(`
    SELECT p.question_id, q.text, q.category, q.tags, b.name AS bank_name, p.source,
           g.answers, g.recent_avg, g.last_answered_at, r.due, r.reps, r.last_review,
           ${planRollupColumns.map((c) => `f.${c}`).join(', ')}
    FROM interview_plan_questions p
    LEFT JOIN progress_plan_question f ON f.interview_id = p.interview_id AND f.question_id = p.question_id
    JOIN questions q ON q.id = p.question_id JOIN banks b ON b.id = q.bank_id
    LEFT JOIN progress_question g ON g.question_id = p.question_id
    LEFT JOIN review_state r ON r.question_id = p.question_id
    WHERE p.interview_id = @id AND q.archived_at IS NULL AND b.archived_at IS NULL
    ORDER BY p.added_at, q.text COLLATE NOCASE, q.id`);
  // The earliest final-window start among the other upcoming plans (`@caps`) holding each of this plan's questions.
  const otherCaps = db.prepare<{ id: number; caps: string }, { question_id: number; cap: string }>(`
    SELECT x.question_id, min(c.value ->> 1) AS cap FROM json_each(@caps) c
    JOIN interview_plan_questions x ON x.interview_id = c.value ->> 0
    WHERE x.question_id IN (SELECT question_id FROM interview_plan_questions WHERE interview_id = @id)
    GROUP BY x.question_id`);

  return function readiness(interviewId: number, now: Date): Readiness {
    const row = interview.get({ id: interviewId });
    if (!row) throw new AppError('not_found', 'That interview is no longer in your log.');
    const endOfToday = endOfLocalDay(now).getTime();

    const checks = selfCheckItems.map(() => ({ done: 0, missed: 0, questionIds: [] as number[] }));
    // A question's cap is the earliest among the upcoming plans holding it: this one's (every question of
    // it) and any other's. Usually no other interview is upcoming, and the second query is not run.
    const capList = planCapList(db, now);
    const own = capList.find(([id]) => id === interviewId)?.[1] ?? null;
    const others = capList.filter(([id]) => id !== interviewId);
    const otherCapOf = new Map(
      others.length === 0 ? [] : otherCaps.all({ id: interviewId, caps: JSON.stringify(others) }).map((c) => [c.question_id, c.cap]),
    );
    const capOf = (questionId: number): Date | null => {
      const other = otherCapOf.get(questionId) ?? null;
      const cap = own === null ? other : other === null || own < other ? own : other;
      return cap === null ? null : new Date(cap);
    };
    const questions: QuestionReadiness[] = facts.all({ id: interviewId }).map((f) => {
      const card =
        f.due === null ? null : { due: new Date(f.due), reps: f.reps ?? 0, lastReview: f.last_review ? new Date(f.last_review) : null };
      const due = effectiveDue(card, capOf(f.question_id), now);
      const never = neverPractised(card);
      // A self-check with nothing ticked was not done (docs/ratings.md): `checked` counts only done ones.
      for (const [i, column] of missedColumns.entries()) {
        const missed = f[column as `missed_${string}`] ?? 0;
        checks[i]!.done += f.checked ?? 0;
        checks[i]!.missed += missed;
        if (missed > 0) checks[i]!.questionIds.push(f.question_id);
      }
      return {
        ...planQuestionFromRow(f),
        attempts: f.answers ?? 0,
        recentConfidence: f.recent_avg,
        ready: f.recent_avg !== null && f.recent_avg >= readyConfidence,
        lastAnsweredAt: f.last_answered_at,
        due: due?.toISOString() ?? null,
        neverPractised: never,
        // "Due" is for practised questions only; a never-practised one waits for a first try.
        dueToday: !never && due !== null && due.getTime() < endOfToday,
        timed: f.timed ?? 0,
        overLimit: f.over_count ?? 0,
      };
    });

    const neverIds = questions.filter((q) => q.neverPractised).map((q) => q.questionId);
    const dueIds = questions.filter((q) => q.dueToday).map((q) => q.questionId);
    const failingChecks: FailingCheck[] = selfCheckItems
      .map((item, i) => ({ key: item.key, label: item.label, ...checks[i]! }))
      .filter((c) => keepsFailing(c.missed, c.done));
    const timed = questions.reduce((n, q) => n + q.timed, 0);
    const over = questions.reduce((n, q) => n + q.overLimit, 0);
    const upcoming: UpcomingInterview = {
      id: row.id,
      company: row.company,
      role: row.role,
      stage: row.stage,
      heldAt: row.held_at,
      heldOn: heldOnOf(row.held_at, row.held_on),
      daysLeft: daysLeft(heldOnOf(row.held_at, row.held_on), now),
      planSize: questions.length,
    };
    return {
      interview: upcoming,
      questions,
      practised: questions.length - neverIds.length,
      never: neverIds.length,
      ready: questions.filter((q) => q.ready).length,
      time: { timed, within: timed - over, over },
      failingChecks,
      today: { dueIds, neverIds, sessionIds: [...neverIds, ...dueIds].slice(0, maxQuestionsPerSession) },
    };
  };
}
