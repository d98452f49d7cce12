import type { Database } from 'better-sqlite3';
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
import { planCaps } from '../progress/effective-due';
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
  cap: string | null;
}

interface InterviewRow {
  id: number;
  company: string;
  role: string;
  stage: InterviewStage;
  held_at: string;
  created_at: string;
}

/** Local calendar days from `now` to `heldAt` (0 on the day). */
export function daysLeft(heldAt: string, now: Date): number {
  return daysBetween(localDayKey(now), localDayKey(new Date(heldAt)));
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
    'SELECT id, company, role, stage, held_at, created_at FROM interviews WHERE id = @id',
  );
  // `cap`: the earliest final-window start among the upcoming plans holding the question (`@caps` from `planCaps`:
  // few rows, read once into `c`), so the deadline-aware due time needs no second query.
  const facts = db.prepare<{ id: number; caps: string }, FactsRow>(`
    WITH c(interview_id, cap) AS MATERIALIZED (SELECT value ->> 0, value ->> 1 FROM json_each(@caps))
    SELECT p.question_id, q.text, q.category, q.tags, b.name AS bank_name, p.source,
           g.answers, g.recent_avg, g.last_answered_at, r.due, r.reps, r.last_review,
           (SELECT min(c.cap) FROM c JOIN interview_plan_questions x ON x.interview_id = c.interview_id AND x.question_id = p.question_id) AS cap,
           ${planRollupColumns.map((c) => `f.${c}`).join(', ')}
    FROM interview_plan_questions p
    LEFT JOIN progress_plan_question f ON f.interview_id = p.interview_id AND f.question_id = p.question_id
    JOIN questions q ON q.id = p.question_id JOIN banks b ON b.id = q.bank_id
    LEFT JOIN progress_question g ON g.question_id = p.question_id
    LEFT JOIN review_state r ON r.question_id = p.question_id
    WHERE p.interview_id = @id AND q.archived_at IS NULL AND b.archived_at IS NULL
    ORDER BY p.added_at, q.text COLLATE NOCASE, q.id`);

  return function readiness(interviewId: number, now: Date): Readiness {
    const row = interview.get({ id: interviewId });
    if (!row) throw new AppError('not_found', 'That interview is no longer in your log.');
    const endOfToday = endOfLocalDay(now).getTime();

    const checks = selfCheckItems.map(() => ({ done: 0, missed: 0, questionIds: [] as number[] }));
    const questions: QuestionReadiness[] = facts.all({ id: interviewId, caps: planCaps(db, now) }).map((f) => {
      const card =
        f.due === null ? null : { due: new Date(f.due), reps: f.reps ?? 0, lastReview: f.last_review ? new Date(f.last_review) : null };
      const due = effectiveDue(card, f.cap === null ? null : new Date(f.cap), now);
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
      daysLeft: daysLeft(row.held_at, now),
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
