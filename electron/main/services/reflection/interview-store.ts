import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import {
  type Interview,
  type InterviewFields,
  type InterviewOutcome,
  type InterviewStage,
  type InterviewSummary,
  thankYouReminderDue,
} from '../../../../shared/domain/reflection/interview';
import { heldOnOf, heldSortSql } from '../../../../shared/domain/reflection/interview-when';
import { reminderDismissedSql } from './reminder-dismissals';
import { type InterviewRow, interviewFromRow, interviewParams } from './rows';

interface SummaryRow extends InterviewRow {
  current_step: number | null;
  finished_at: string | null;
  thank_you_sent_on: string | null;
  open_action_count: number;
  thank_you_dismissed: 0 | 1;
}

export interface InterviewFilters {
  outcome?: InterviewOutcome | undefined;
  stage?: InterviewStage | undefined;
  search: string;
}

const columns = `company = @company, role = @role, held_at = @heldAt, held_on = @heldOn, stage = @stage, format = @format,
  interviewer_name = @interviewerName, interviewer_email = @interviewerEmail, job_description = @jobDescription,
  outcome = @outcome, notes = @notes`;

/** The interview log: create, update, list, delete. */
export function interviewStore(db: Database) {
  const list = db.prepare<{ outcome: string | null; stage: string | null }, SummaryRow>(`
    SELECT i.*, r.current_step, r.finished_at, r.thank_you_sent_on,
           (SELECT count(*) FROM action_items a WHERE a.reflection_id = r.id AND a.done_at IS NULL) AS open_action_count,
           ${reminderDismissedSql('thank_you', 'i')} AS thank_you_dismissed
    FROM interviews i LEFT JOIN reflections r ON r.interview_id = i.id
    WHERE (@outcome IS NULL OR i.outcome = @outcome) AND (@stage IS NULL OR i.stage = @stage)
    ORDER BY ${heldSortSql('i')} DESC, i.id DESC`);
  const select = db.prepare<{ id: number }, InterviewRow>('SELECT * FROM interviews WHERE id = @id');
  const insert = db.prepare<ReturnType<typeof interviewParams> & { now: string }, InterviewRow>(`
    INSERT INTO interviews (company, role, held_at, held_on, stage, format, interviewer_name, interviewer_email, job_description, outcome, notes, created_at, updated_at)
    VALUES (@company, @role, @heldAt, @heldOn, @stage, @format, @interviewerName, @interviewerEmail, @jobDescription, @outcome, @notes, @now, @now)
    RETURNING *`);
  const update = db.prepare<ReturnType<typeof interviewParams> & { id: number; now: string }, InterviewRow>(
    `UPDATE interviews SET ${columns}, updated_at = @now, version = version + 1 WHERE id = @id RETURNING *`,
  );
  const remove = db.prepare<{ id: number }>('DELETE FROM interviews WHERE id = @id');
  const nextWithCompany = db.prepare<{ id: number; company: string; held: string }, { held_at: string | null; held_on: string | null }>(`
    SELECT held_at, held_on FROM interviews i
    WHERE company = @company COLLATE NOCASE AND ${heldSortSql('i')} > @held AND id <> @id
    ORDER BY ${heldSortSql('i')} LIMIT 1`);

  function get(id: number): Interview {
    const row = select.get({ id });
    if (!row) throw new AppError('not_found', 'That interview is no longer in your log.');
    return interviewFromRow(row);
  }

  return {
    get,
    list(filters: InterviewFilters, now: Date): InterviewSummary[] {
      // Filtered here rather than in SQL: SQLite's lower() folds ASCII only, and the log is small.
      const needle = filters.search.toLocaleLowerCase();
      return list
        .all({ outcome: filters.outcome ?? null, stage: filters.stage ?? null })
        .filter((row) => !needle || `${row.company}\n${row.role}`.toLocaleLowerCase().includes(needle))
        .map((row) => ({ row, interview: interviewFromRow(row) }))
        .map(({ row, interview }) => ({
          ...interview,
          reflectionStatus: row.current_step === null ? 'not_started' : row.finished_at ? 'finished' : 'in_progress',
          currentStep: row.current_step,
          thankYouSentOn: row.thank_you_sent_on,
          thankYouReminder:
            row.thank_you_dismissed === 0 && thankYouReminderDue(interview, row.thank_you_sent_on, row.outcome as InterviewOutcome, now),
          openActionCount: row.open_action_count,
        }));
    },
    save(fields: InterviewFields, id: number | undefined, now: Date): Interview {
      const params = { ...interviewParams(fields), now: now.toISOString() };
      if (id === undefined) return interviewFromRow(insert.get(params)!);
      const row = update.get({ ...params, id });
      if (!row) throw new AppError('not_found', 'That interview is no longer in your log.');
      return interviewFromRow(row);
    },
    /** Deletes the interview; its reflection, action items and question links go with it (ON DELETE CASCADE). */
    delete(id: number): void {
      if (remove.run({ id }).changes === 0) throw new AppError('not_found', 'That interview is no longer in your log.');
    },
    /** The day of the next interview logged with the same company after this one's day, if any (`YYYY-MM-DD`). */
    nextWithSameCompany(interview: Interview): string | null {
      const next = nextWithCompany.get({ id: interview.id, company: interview.company, held: interview.heldAt ?? interview.heldOn });
      return next ? heldOnOf(next.held_at, next.held_on) : null;
    },
  };
}
export type InterviewStore = ReturnType<typeof interviewStore>;
