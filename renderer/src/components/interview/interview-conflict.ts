import { formatCalendarDay, formatDateTime } from '../../../../shared/domain/dates/format';
import { formatLabels, outcomeLabels, stageLabels } from '../../../../shared/domain/reflection/interview';

/** An interview's fields as the conflict notice names them (the form's own labels). */
export const interviewConflictLabels: Readonly<Record<string, string>> = {
  company: 'Company',
  role: 'Role',
  heldAt: 'Date and time',
  heldOn: 'Date',
  stage: 'Stage',
  format: 'Format',
  interviewerName: 'Interviewer’s name',
  interviewerEmail: 'Interviewer’s email',
  jobDescription: 'Job description',
  outcome: 'Outcome',
  notes: 'Notes',
};

const choiceLabels: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  stage: stageLabels,
  format: formatLabels,
  outcome: outcomeLabels,
};

/** A stored interview value as the notice shows it: the date and time in words, a choice by its label. */
export function describeInterviewValue(field: string, value: unknown): string {
  // Only what the user said is stored: an empty time, stage or format reads as such, not as a blank.
  if (value === null || value === '') return field === 'heldAt' ? 'No time given' : 'Not given';
  if (typeof value !== 'string') return '';
  if (field === 'heldAt') return formatDateTime(value);
  if (field === 'heldOn') return formatCalendarDay(value);
  return choiceLabels[field]?.[value] ?? value;
}
