import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import type { ReminderKind } from '../../../../shared/domain/reflection/interview';

/**
 * SQL: the reminder `kind` of interview row `alias` was dismissed for its
 * current date (a rescheduled interview reminds again): `reminder_dismissals.held_at` holds its
 * start, or its day when no time was given (migration 017). `kind` is one of
 * `reminderKinds` (quoted here) or the parameter `@kind`, never user text.
 */
export const reminderDismissedSql = (kind: ReminderKind | '@kind', alias: string) =>
  `EXISTS (SELECT 1 FROM reminder_dismissals d WHERE d.interview_id = ${alias}.id AND d.kind = ${kind === '@kind' ? kind : `'${kind}'`} AND d.held_at = coalesce(${alias}.held_at, ${alias}.held_on))`;

/** Reminders the user dismissed (issue 10, item 7), kept per interview and kind in `reminder_dismissals`. */
export function reminderDismissals(db: Database) {
  const dismiss = db.prepare<{ interviewId: number; kind: ReminderKind; now: string }>(`
    INSERT INTO reminder_dismissals (interview_id, kind, held_at, dismissed_at)
    SELECT id, @kind, coalesce(held_at, held_on), @now FROM interviews WHERE id = @interviewId
    ON CONFLICT (interview_id, kind) DO UPDATE SET held_at = excluded.held_at, dismissed_at = excluded.dismissed_at`);
  const dismissed = db.prepare<{ interviewId: number; kind: ReminderKind }, number>(
    `SELECT ${reminderDismissedSql('@kind', 'i')} FROM interviews i WHERE i.id = @interviewId`,
  );
  return {
    /** Dismisses `kind` for the interview at its current date. Errors: not_found for an unknown interview. */
    dismiss(interviewId: number, kind: ReminderKind, now: Date): void {
      if (dismiss.run({ interviewId, kind, now: now.toISOString() }).changes === 0)
        throw new AppError('not_found', 'That interview is no longer in your log.');
    },
    /** True when `kind` was dismissed for the interview at its current date. */
    isDismissed(interviewId: number, kind: ReminderKind): boolean {
      return dismissed.pluck().get({ interviewId, kind }) === 1;
    },
  };
}
