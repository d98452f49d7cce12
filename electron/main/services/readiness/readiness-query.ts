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
import { type PlanAnswerFactsRow, planAnswerFactsSql } from './answer-facts-sql';
import { planQuestionFromRow, type PlanQuestionRow } from './plan-store';

interface FactsRow extends PlanQuestionRow {
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
 * from the moment the interview was logged: "since you logged this interview".
 * Timed, over the limit and a done self-check follow the one rule
 * (shared/domain/progress/answer-facts.ts, docs/ratings.md): over is cut off at
 * the limit or at least a second past it, as on the Progress page.
 */
export function readinessQuery(db: Database) {
  const interview = db.prepare<{ id: number }, InterviewRow>(
    'SELECT id, company, role, stage, held_at, created_at FROM interviews WHERE id = @id',
  );
  const facts = db.prepare<{ id: number }, FactsRow>(`
    SELECT p.question_id, q.text, q.category, q.tags, b.name AS bank_name, p.source,
           g.answers, g.recent_avg, g.last_answered_at, r.due, r.reps, r.last_review
    FROM interview_plan_questions p
    JOIN questions q ON q.id = p.question_id JOIN banks b ON b.id = q.bank_id
    LEFT JOIN progress_question g ON g.question_id = p.question_id
    LEFT JOIN review_state r ON r.question_id = p.question_id
    WHERE p.interview_id = @id AND q.archived_at IS NULL AND b.archived_at IS NULL
    ORDER BY p.added_at, q.text COLLATE NOCASE, q.id`);
  // The earliest final-window start among the upcoming plans holding each question.
  const caps = db.prepare<{ id: number; caps: string }, { question_id: number; cap: string }>(`
    SELECT p.question_id, min(c.value ->> 1) AS cap FROM json_each(@caps) c
    JOIN interview_plan_questions p ON p.interview_id = c.value ->> 0
    WHERE p.question_id IN (SELECT question_id FROM interview_plan_questions WHERE interview_id = @id)
    GROUP BY p.question_id`);
  // Counted in SQL from one covering index (answer-facts-sql.ts): no per-answer rows or JSON reach JavaScript.
  const answers = db.prepare<{ id: number; since: string }, PlanAnswerFactsRow>(planAnswerFactsSql);

  return function readiness(interviewId: number, now: Date): Readiness {
    const row = interview.get({ id: interviewId });
    if (!row) throw new AppError('not_found', 'That interview is no longer in your log.');
    const capOf = new Map(caps.all({ id: interviewId, caps: planCaps(db, now) }).map((c) => [c.question_id, new Date(c.cap)]));
    const endOfToday = endOfLocalDay(now).getTime();

    const perQuestion = new Map<number, { timed: number; over: number }>();
    const checks = new Map(selfCheckItems.map((item) => [item.key, { done: 0, missed: 0, questionIds: new Set<number>() }]));
    for (const a of answers.all({ id: interviewId, since: row.created_at })) {
      perQuestion.set(a.question_id, { timed: a.timed, over: a.over });
      // A self-check with nothing ticked was not done (docs/ratings.md): `done` counts only done ones.
      for (const [i, item] of selfCheckItems.entries()) {
        const c = checks.get(item.key)!;
        const missed = a[`m${i}`] ?? 0;
        c.done += a.done;
        c.missed += missed;
        if (missed > 0) c.questionIds.add(a.question_id);
      }
    }

    const questions: QuestionReadiness[] = facts.all({ id: interviewId }).map((f) => {
      const card =
        f.due === null ? null : { due: new Date(f.due), reps: f.reps ?? 0, lastReview: f.last_review ? new Date(f.last_review) : null };
      const due = effectiveDue(card, capOf.get(f.question_id) ?? null, now);
      const never = neverPractised(card);
      const time = perQuestion.get(f.question_id) ?? { timed: 0, over: 0 };
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
        timed: time.timed,
        overLimit: time.over,
      };
    });

    const neverIds = questions.filter((q) => q.neverPractised).map((q) => q.questionId);
    const dueIds = questions.filter((q) => q.dueToday).map((q) => q.questionId);
    const failingChecks: FailingCheck[] = selfCheckItems
      .map((item) => {
        const c = checks.get(item.key)!;
        return { key: item.key, label: item.label, done: c.done, missed: c.missed, questionIds: [...c.questionIds] };
      })
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
