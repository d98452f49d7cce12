import type { Database } from 'better-sqlite3';
import type { AwaitingOutcome, UpcomingSummary } from '../../../../shared/domain/readiness/readiness';
import type { InterviewStage } from '../../../../shared/domain/reflection/interview';
import { localDayKey } from '../../../../shared/domain/progress/calendar';
import { heldOnOf, heldSortSql, upcomingSql } from '../../../../shared/domain/reflection/interview-when';
import { reminderDismissedSql } from '../reflection/reminder-dismissals';
import { type InterviewRow, interviewFromRow } from '../reflection/rows';
import { daysLeft } from './readiness-query';

interface NextRow {
  id: number;
  company: string;
  role: string;
  stage: InterviewStage | null;
  held_at: string | null;
  held_on: string | null;
  plan_size: number;
}

/** How far back a past interview with no outcome keeps asking for one. */
export const askOutcomeForDays = 60;

/**
 * Home's view of the interview log (issue 10, item 1): the next interview
 * (held after `now`) and the past ones still "pending", which invite the user
 * to record how they went.
 */
export function upcomingQuery(db: Database) {
  const next = db.prepare<{ now: string; today: string }, NextRow>(`
    SELECT i.id, i.company, i.role, i.stage, i.held_at, i.held_on,
      (SELECT count(*) FROM interview_plan_questions p JOIN questions q ON q.id = p.question_id
       WHERE p.interview_id = i.id AND q.archived_at IS NULL) AS plan_size
    FROM interviews i WHERE ${upcomingSql('i')} ORDER BY ${heldSortSql('i')}, i.id LIMIT 1`);
  const awaiting = db.prepare<{ now: string; today: string; since: string }, InterviewRow>(`
    SELECT * FROM interviews i
    WHERE NOT ${upcomingSql('i')} AND ${heldSortSql('i')} >= @since AND outcome = 'pending' AND NOT ${reminderDismissedSql('outcome', 'i')}
    ORDER BY ${heldSortSql('i')} DESC, id DESC LIMIT 3`);

  return function upcoming(now: Date): UpcomingSummary {
    const at = { now: now.toISOString(), today: localDayKey(now) };
    const row = next.get(at);
    const since = new Date(now.getTime() - askOutcomeForDays * 86_400_000).toISOString();
    const awaitingOutcome: AwaitingOutcome[] = awaiting.all({ ...at, since }).map(interviewFromRow);
    return {
      next: row
        ? {
            id: row.id,
            company: row.company,
            role: row.role,
            stage: row.stage,
            heldAt: row.held_at,
            heldOn: heldOnOf(row.held_at, row.held_on),
            daysLeft: daysLeft(heldOnOf(row.held_at, row.held_on), now),
            planSize: row.plan_size,
          }
        : null,
      awaitingOutcome,
    };
  };
}
