import type { Database } from 'better-sqlite3';
import { rankByJobDescription } from '../../../../shared/domain/readiness/job-description-match';
import { type PlanSuggestion, type PlanSuggestions, readyConfidence } from '../../../../shared/domain/readiness/readiness';
import { stageLabels, type InterviewStage } from '../../../../shared/domain/reflection/interview';
import { formatInterviewDay, heldOnOf, heldSortSql } from '../../../../shared/domain/reflection/interview-when';
import { foldKey } from '../../../../shared/domain/text-rules';
import { planQuestionFromRow, type PlanQuestionRow } from './plan-store';

/** At most this many job-description matches are offered, best first. */
export const maxJobSuggestions = 30;

interface StruggledRow extends PlanQuestionRow {
  interview_id: number;
  company: string;
  stage: InterviewStage | null;
  outcome: string;
  held_at: string | null;
  held_on: string | null;
  recent_avg: number | null;
}

interface TargetRow {
  id: number;
  company: string;
  held_at: string | null;
  held_on: string | null;
  job_description: string;
}

/**
 * Questions to offer for an interview's plan (issue 10, items 2 and 7):
 * - matched to its job description by keyword (job-description-match.ts);
 * - struggled with in an earlier round with the same company (company names
 *   compared by the text rules' `foldKey`), and struggled with in any
 *   rejected interview and not yet ready (recent confidence below 4).
 * Questions already in the plan are left out.
 */
export function planSuggestions(db: Database) {
  const target = db.prepare<{ id: number }, TargetRow>(
    'SELECT id, company, held_at, held_on, job_description FROM interviews WHERE id = @id',
  );
  const live = db.prepare<{ id: number }, PlanQuestionRow>(`
    SELECT q.id AS question_id, q.text, q.category, q.tags, b.name AS bank_name, 'job_description' AS source
    FROM questions q JOIN banks b ON b.id = q.bank_id
    WHERE q.archived_at IS NULL AND b.archived_at IS NULL
      AND q.id NOT IN (SELECT question_id FROM interview_plan_questions WHERE interview_id = @id)`);
  const struggled = db.prepare<{ id: number; held: string }, StruggledRow>(`
    SELECT rq.question_id, q.text, q.category, q.tags, b.name AS bank_name, 'struggled' AS source,
           i.id AS interview_id, i.company, i.stage, i.outcome, i.held_at, i.held_on, g.recent_avg
    FROM reflection_questions rq
    JOIN reflections r ON r.id = rq.reflection_id JOIN interviews i ON i.id = r.interview_id
    JOIN questions q ON q.id = rq.question_id JOIN banks b ON b.id = q.bank_id
    LEFT JOIN progress_question g ON g.question_id = rq.question_id
    WHERE i.id <> @id AND ${heldSortSql('i')} < @held AND q.archived_at IS NULL AND b.archived_at IS NULL
      AND rq.question_id NOT IN (SELECT question_id FROM interview_plan_questions WHERE interview_id = @id)
    ORDER BY ${heldSortSql('i')} DESC, rq.added_at`);

  /** Struggled questions that belong in this interview's plan, with why. */
  function struggledFor(interview: TargetRow): PlanSuggestion[] {
    const company = foldKey(interview.company);
    const seen = new Set<number>();
    const out: PlanSuggestion[] = [];
    for (const row of struggled.all({ id: interview.id, held: interview.held_at ?? interview.held_on ?? '' })) {
      if (seen.has(row.question_id)) continue;
      const sameCompany = foldKey(row.company) === company;
      const afterRejection = row.outcome === 'rejected' && (row.recent_avg === null || row.recent_avg < readyConfidence);
      if (!sameCompany && !afterRejection) continue;
      seen.add(row.question_id);
      const when = formatInterviewDay({ heldAt: row.held_at, heldOn: heldOnOf(row.held_at, row.held_on) }, 'medium');
      out.push({
        ...planQuestionFromRow(row),
        reason: sameCompany
          ? `Struggled with at ${row.company} (${row.stage ? `${stageLabels[row.stage]}, ` : ''}${when})`
          : `Struggled with at ${row.company} (${when}), which was a rejection; not yet ready`,
      });
    }
    return out;
  }

  return {
    struggledFor,
    suggest(interviewId: number): PlanSuggestions {
      const interview = target.get({ id: interviewId });
      if (!interview) return { jobDescription: [], struggled: [] };
      const candidates = live.all({ id: interviewId }).map(planQuestionFromRow);
      const jobDescription = rankByJobDescription(interview.job_description, candidates, maxJobSuggestions).map(
        ({ question, matched }) => ({
          ...question,
          reason: `Matches ${matched.join(', ')}`,
        }),
      );
      return { jobDescription, struggled: struggledFor(interview) };
    },
  };
}
