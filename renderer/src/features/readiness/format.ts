import { relativeDayPhrase } from '../../../../shared/domain/dates/relative';
import type { UpcomingInterview } from '../../../../shared/domain/readiness/readiness';

/** "Audit Senior at Harbour Lane Accountants — in 6 days". */
export function interviewHeadline(interview: Pick<UpcomingInterview, 'role' | 'company' | 'daysLeft'>): string {
  return `${interview.role} at ${interview.company} — ${relativeDayPhrase(interview.daysLeft)}`;
}

/** "1 question" / "3 questions". */
export function questionCount(n: number): string {
  return `${n} ${n === 1 ? 'question' : 'questions'}`;
}

/**
 * The indefinite article for a number said aloud in English: "an 8", "an 11",
 * "an 18", "an 80", "an 800", otherwise "a" ("a 7", "a 100"). Counts here stay
 * below a thousand (a session holds at most a plan's questions).
 */
export function articleFor(n: number): 'a' | 'an' {
  const digits = String(Math.abs(Math.trunc(n)));
  return digits.startsWith('8') || n === 11 || n === 18 ? 'an' : 'a';
}

/** "a 7-question session", "an 8-question session". */
export function sessionOf(n: number): string {
  return `${articleFor(n)} ${n}-question session`;
}
