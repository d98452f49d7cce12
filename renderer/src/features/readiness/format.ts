import { countdownLabel, type UpcomingInterview } from '../../../../shared/domain/readiness/readiness';

const fullDate = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });

/** "Audit Senior at Harbour Lane Accountants — in 6 days". */
export function interviewHeadline(interview: Pick<UpcomingInterview, 'role' | 'company' | 'daysLeft'>): string {
  return `${interview.role} at ${interview.company} — ${countdownLabel(interview.daysLeft)}`;
}

export function formatInterviewDate(iso: string): string {
  return fullDate.format(new Date(iso));
}

/** "1 question" / "3 questions". */
export function questionCount(n: number): string {
  return `${n} ${n === 1 ? 'question' : 'questions'}`;
}
