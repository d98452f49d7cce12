import type { z } from 'zod';
import type { ActionItem, actionFieldsSchema } from '../../../../shared/domain/reflection/action-items';
import type { Interview, InterviewFields } from '../../../../shared/domain/reflection/interview';
import type { SessionReflection, SessionReflectionFields } from '../../../../shared/domain/reflection/session-reflection';
import { applyEdit } from '../changed-elsewhere';

/*
 * The interview, action-item and session-reflection forms can be open in two
 * windows at once. Each save carries the values its form started from
 * (`base`); these apply only what the user changed, over what is stored now
 * (issue 16, item 2: other windows' edits to other fields are kept, the same
 * field changed in both is a named conflict that writes nothing).
 */

type ActionFields = z.output<typeof actionFieldsSchema>;

const interviewLabels: Record<keyof InterviewFields, string> = {
  company: 'The company',
  role: 'The role',
  heldAt: 'The time',
  heldOn: 'The date',
  stage: 'The stage',
  format: 'How it was held',
  interviewerName: 'The interviewer’s name',
  interviewerEmail: 'The interviewer’s email',
  jobDescription: 'The job description',
  outcome: 'The outcome',
  notes: 'The notes',
};

const actionLabels: Record<keyof ActionFields, string> = {
  kind: 'The kind of action',
  title: 'The action',
  dueOn: 'The due date',
  done: 'Whether it is done',
};

const sessionNoteLabels: Record<keyof SessionReflectionFields, string> = {
  wentWell: 'What went well',
  toImprove: 'What to improve',
  practiseNext: 'What to practise next',
};

/** The interview fields to store for an edit of `stored` (every field of the form, and the values it started from). */
export function interviewEdit(stored: Interview, fields: InterviewFields, base: InterviewFields): InterviewFields {
  const { company, role, heldAt, heldOn, stage, format, interviewerName, interviewerEmail, jobDescription, outcome, notes } = stored;
  const current = { company, role, heldAt, heldOn, stage, format, interviewerName, interviewerEmail, jobDescription, outcome, notes };
  return applyEdit(current, fields, base, interviewLabels);
}

/** The action-item fields to store for an edit of `stored`. */
export function actionEdit(stored: ActionItem, fields: ActionFields, base: ActionFields): ActionFields {
  const current = { kind: stored.kind, title: stored.title, dueOn: stored.dueOn, done: stored.done };
  return applyEdit(current, fields, base, actionLabels);
}

/** The notes to store for an edit of a session's reflection (`stored` null: none saved yet, so every note is empty). */
export function sessionNotesEdit(
  stored: SessionReflection | null,
  fields: SessionReflectionFields,
  base: SessionReflectionFields,
): SessionReflectionFields {
  const current = { wentWell: stored?.wentWell ?? '', toImprove: stored?.toImprove ?? '', practiseNext: stored?.practiseNext ?? '' };
  return applyEdit(current, fields, base, sessionNoteLabels);
}
