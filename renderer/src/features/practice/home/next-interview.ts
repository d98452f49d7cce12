import type { InterviewFieldsInput } from '../../../../../shared/domain/reflection/interview';
import { blankInterviewCore, type InterviewCoreValues } from '../../../../../shared/domain/reflection/interview-form';
import type { FieldErrors } from '../../../lib/field-errors';

/** The first-run screen's optional "next interview": all empty means none. */
export interface NextInterviewDraft {
  /** `YYYY-MM-DD` from a date input, or empty. */
  date: string;
  company: string;
  role: string;
}

/**
 * The interview to log from the first-run fields: null when all are empty; field errors (keyed `date`,
 * `company`, `role`) when something is missing, the date is not a real one, or it has passed — the
 * typed values are then kept as the home draft (`draftFromNext`), and home names what is missing.
 * Only what the user typed is logged (walk 5, finding 3): the first screen asks no time, stage or
 * format, so they are saved as not given; the role is never filled in from the role family.
 * The service validates the rest (lengths, text rules) and names the field it refuses.
 */
export function nextInterviewInput(
  draft: NextInterviewDraft,
  now: Date,
): { ok: true; value: InterviewFieldsInput | null } | { ok: false; errors: FieldErrors } {
  const date = draft.date.trim();
  const company = draft.company.trim();
  const role = draft.role.trim();
  if (!date && !company && !role) return { ok: true, value: null };
  const errors: FieldErrors = {};
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const at = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
  if (!date) errors.date = 'Enter the date of the interview, or clear the company and role.';
  else if (!at || Number.isNaN(at.getTime()) || at.getDate() !== Number(match![3])) errors.date = 'Enter a real date.';
  else if (at.getTime() < new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime())
    errors.date = 'That date has passed: enter the date of your next interview.';
  if (!company) errors.company = 'Enter the company, so you can find this interview later.';
  if (!role) errors.role = 'Enter the role you are interviewing for.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { company, role, heldOn: date, heldAt: null } };
}

/** The first-run fields as the home draft: what was typed, nothing filled in. */
export function draftFromNext(next: NextInterviewDraft): InterviewCoreValues {
  return { ...blankInterviewCore, company: next.company.trim(), role: next.role.trim(), date: next.date };
}
