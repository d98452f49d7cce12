import type { Database } from 'better-sqlite3';
import { localDayKey } from '../../../../shared/domain/progress/calendar';
import { heldOnOf, heldSortSql, isUpcoming, upcomingSql } from '../../../../shared/domain/reflection/interview-when';
import { planSuggestions } from './plan-suggestions';

/**
 * Struggled questions find their way into the next plan (issue 10, item 7),
 * without the user having to remember them:
 * - a newly logged upcoming interview starts with the struggled questions that
 *   `planSuggestions` offers (earlier rounds with the company; rejections, not yet ready);
 * - a question struggled with in a reflection joins the plan of the next upcoming interview.
 * The user can remove any of them; nothing is added twice.
 */
export function planJoining(db: Database) {
  const suggestions = planSuggestions(db);
  const target = db.prepare<
    { id: number },
    { id: number; company: string; held_at: string | null; held_on: string | null; job_description: string }
  >('SELECT id, company, held_at, held_on, job_description FROM interviews WHERE id = @id');
  const nextUpcoming = db.prepare<{ now: string; today: string }, { id: number }>(
    `SELECT id FROM interviews i WHERE ${upcomingSql('i')} ORDER BY ${heldSortSql('i')}, id LIMIT 1`,
  );
  const add = db.prepare<{ interviewId: number; questionId: number; now: string }>(
    `INSERT OR IGNORE INTO interview_plan_questions (interview_id, question_id, source, added_at) VALUES (@interviewId, @questionId, 'struggled', @now)`,
  );

  return {
    /** For a new interview held after `now`: starts its plan with the struggled questions that belong in it. */
    seedNewInterview(interviewId: number, now: Date): void {
      const interview = target.get({ id: interviewId });
      if (!interview || !isUpcoming({ heldAt: interview.held_at, heldOn: heldOnOf(interview.held_at, interview.held_on) }, now)) return;
      for (const q of suggestions.struggledFor(interview)) add.run({ interviewId, questionId: q.questionId, now: now.toISOString() });
    },
    /** Puts a struggled question in the next upcoming interview's plan, if there is one. */
    joinNextPlan(questionId: number, now: Date): void {
      const next = nextUpcoming.get({ now: now.toISOString(), today: localDayKey(now) });
      if (next) add.run({ interviewId: next.id, questionId, now: now.toISOString() });
    },
  };
}
