/**
 * How an interview is named and dated wherever the user reads it (home, plan, readiness, reflection, progress,
 * stories, the share report), so the same interview never reads two ways: "Audit Senior at Harbour Lane" and
 * "Dec 4, 2026, 2:30 PM" — never "Harbour Lane — Audit Senior" or a weekday form on one screen only.
 */
import type { DateFormatOptions, DateTimeStyle } from '../dates/format';
import type { Interview } from './interview';
import { formatInterviewWhen, type InterviewWhen } from './interview-when';

/** "Role at Company" — the one naming order (role first: it is what the user rehearses for). */
export function interviewName(interview: Pick<Interview, 'role' | 'company'>): string {
  return `${interview.role} at ${interview.company}`;
}

/**
 * When an interview is (or was): its day and the time the user gave, "Dec 4, 2026, 2:30 PM", or the day alone
 * when no time was given ("Dec 4, 2026"; see interview-when.ts), in the user's zone and locale; `long` ("December 4, 2026 at 2:30 PM") in documents such as the reflection export.
 * Takes the interview rather than only `heldAt`, so a rule about how its time is shown lives here once.
 */
export function interviewWhen(interview: InterviewWhen, style: DateTimeStyle = 'medium', options: DateFormatOptions = {}): string {
  return formatInterviewWhen(interview, style, options);
}
