import type { Database } from 'better-sqlite3';
import type { InterviewDraft } from '../../../../shared/domain/reflection/interview-draft';
import { interviewStages, type InterviewStage } from '../../../../shared/domain/reflection/interview';

interface DraftRow {
  company: string;
  role: string;
  held_on: string;
  held_time: string;
  stage: string | null;
  job_description: string;
}

/**
 * The interview typed but not logged yet (table `interview_drafts`, one slot 'home'): read, replace,
 * clear. A draft with nothing typed is not kept. The channel's schema has checked the shapes; the
 * table's CHECK constraints hold them on disk too.
 */
export function interviewDraftStore(db: Database) {
  const select = db.prepare<[], DraftRow>(
    "SELECT company, role, held_on, held_time, stage, job_description FROM interview_drafts WHERE slot = 'home'",
  );
  const upsert = db.prepare<DraftRow & { now: string }>(`
    INSERT INTO interview_drafts (slot, company, role, held_on, held_time, stage, job_description, updated_at)
    VALUES ('home', @company, @role, @held_on, @held_time, @stage, @job_description, @now)
    ON CONFLICT (slot) DO UPDATE SET company = excluded.company, role = excluded.role, held_on = excluded.held_on,
      held_time = excluded.held_time, stage = excluded.stage, job_description = excluded.job_description, updated_at = excluded.updated_at`);
  const clear = db.prepare("DELETE FROM interview_drafts WHERE slot = 'home'");

  return {
    /** The draft, or null when there is none. */
    get(): InterviewDraft | null {
      const row = select.get();
      if (!row) return null;
      const stage = (interviewStages as readonly string[]).includes(row.stage ?? '') ? (row.stage as InterviewStage) : '';
      return { company: row.company, role: row.role, date: row.held_on, time: row.held_time, stage, jobDescription: row.job_description };
    },
    /** Replaces the draft; null, or one with nothing typed, removes it. Returns what is kept. */
    save(draft: InterviewDraft | null, now: Date): InterviewDraft | null {
      const typed = draft && [draft.company, draft.role, draft.date, draft.time, draft.stage, draft.jobDescription].some((v) => v.trim());
      if (!draft || !typed) {
        clear.run();
        return null;
      }
      upsert.run({
        company: draft.company,
        role: draft.role,
        held_on: draft.date,
        held_time: draft.time,
        stage: draft.stage === '' ? null : draft.stage,
        job_description: draft.jobDescription,
        now: now.toISOString(),
      });
      return draft;
    },
  };
}
