import { type RoleFamily, roleFamilyLabels } from '../../../../../shared/domain/first-run';
import type { InterviewFieldsInput } from '../../../../../shared/domain/reflection/interview';
import type { FieldErrors } from '../../../lib/field-errors';

/** The first-run screen's optional "next interview": all empty means none. */
export interface NextInterviewDraft {
  /** `YYYY-MM-DD` from a date input, or empty. */
  date: string;
  company: string;
  role: string;
}

/** Nine in the morning, local time, on the given day: an interview's time is not asked on the first screen. */
const defaultHour = 9;

/**
 * The interview to log from the first-run fields: null when all are empty; field errors (keyed `date`,
 * `company`) when a company or role is given without a date, the date is not a real one, or it has passed.
 * The role defaults to the role family's name; stage "first round", format "video" (editable in Reflection).
 * The service validates the rest (lengths, text rules) and names the field it refuses.
 */
export function nextInterviewInput(
  draft: NextInterviewDraft,
  family: RoleFamily,
  now: Date,
): { ok: true; value: InterviewFieldsInput | null } | { ok: false; errors: FieldErrors } {
  const date = draft.date.trim();
  const company = draft.company.trim();
  const role = draft.role.trim();
  if (!date && !company && !role) return { ok: true, value: null };
  const errors: FieldErrors = {};
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const at = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), defaultHour) : null;
  if (!date) errors.date = 'Enter the date of the interview, or clear the company and role.';
  else if (!at || Number.isNaN(at.getTime()) || at.getDate() !== Number(match![3])) errors.date = 'Enter a real date.';
  else if (at.getTime() < new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime())
    errors.date = 'That date has passed: enter the date of your next interview.';
  if (!company) errors.company = 'Enter the company, so you can find this interview later.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { company, role: role || roleFamilyLabels[family], heldAt: at!.toISOString(), stage: 'first', format: 'video' },
  };
}
