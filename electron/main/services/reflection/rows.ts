import type { ActionItem, ActionKind } from '../../../../shared/domain/reflection/action-items';
import { draftFromStored, type StepDrafts } from '../../../../shared/domain/reflection/drafts';
import { fieldError } from '../../../../shared/contract/result';
import type {
  Interview,
  InterviewFields,
  InterviewFormat,
  InterviewOutcome,
  InterviewStage,
} from '../../../../shared/domain/reflection/interview';
import { heldOnOf } from '../../../../shared/domain/reflection/interview-when';
import type { SessionReflection } from '../../../../shared/domain/reflection/session-reflection';

/** Row ↔ domain mapping for the reflection tables, in one place. */

export interface InterviewRow {
  id: number;
  company: string;
  role: string;
  held_at: string | null;
  held_on: string | null;
  stage: string | null;
  format: string | null;
  interviewer_name: string;
  interviewer_email: string;
  job_description: string;
  outcome: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export function interviewFromRow(row: InterviewRow): Interview {
  return {
    id: row.id,
    company: row.company,
    role: row.role,
    heldAt: row.held_at,
    heldOn: heldOnOf(row.held_at, row.held_on),
    // The CHECK constraints hold these to the enums (or null: not given).
    stage: row.stage as InterviewStage | null,
    format: row.format as InterviewFormat | null,
    interviewerName: row.interviewer_name,
    interviewerEmail: row.interviewer_email,
    jobDescription: row.job_description,
    outcome: row.outcome as InterviewOutcome,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The columns of an interview to store: `held_at` when a time was given, otherwise `held_on` (exactly
 * one, as the table's CHECK requires). Errors: invalid_input naming `heldOn` when neither was given.
 */
export function interviewParams(fields: InterviewFields) {
  if (fields.heldAt === null && fields.heldOn === undefined) throw fieldError('heldOn', 'Enter the date of the interview');
  return {
    company: fields.company,
    role: fields.role,
    heldAt: fields.heldAt === null ? null : new Date(fields.heldAt).toISOString(),
    heldOn: fields.heldAt === null ? (fields.heldOn ?? null) : null,
    stage: fields.stage,
    format: fields.format,
    interviewerName: fields.interviewerName,
    interviewerEmail: fields.interviewerEmail,
    jobDescription: fields.jobDescription,
    outcome: fields.outcome,
    notes: fields.notes,
  };
}

export interface ReflectionRow {
  id: number;
  interview_id: number | null;
  session_id: number | null;
  current_step: number;
  role_fit: string;
  qualifications: string;
  confidence: string;
  improve: string;
  respond: string;
  thank_you_sent_on: string | null;
  feedback_request_sent_on: string | null;
  went_well: string;
  to_improve: string;
  practise_next: string;
  finished_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** Each step's storage column; fixed names, so they can be put into SQL text safely. */
export const stepColumns = {
  roleFit: 'role_fit',
  qualifications: 'qualifications',
  confidence: 'confidence',
  improve: 'improve',
  respond: 'respond',
} as const satisfies Record<keyof StepDrafts, keyof ReflectionRow>;

export function draftsFromRow(row: Pick<ReflectionRow, (typeof stepColumns)[keyof StepDrafts]> | undefined): StepDrafts {
  return {
    roleFit: draftFromStored('roleFit', row?.role_fit ?? null),
    qualifications: draftFromStored('qualifications', row?.qualifications ?? null),
    confidence: draftFromStored('confidence', row?.confidence ?? null),
    improve: draftFromStored('improve', row?.improve ?? null),
    respond: draftFromStored('respond', row?.respond ?? null),
  };
}

export function sessionReflectionFromRow(
  row: Pick<ReflectionRow, 'went_well' | 'to_improve' | 'practise_next' | 'updated_at'>,
): SessionReflection {
  return { wentWell: row.went_well, toImprove: row.to_improve, practiseNext: row.practise_next, updatedAt: row.updated_at };
}

export interface ActionRow {
  id: number;
  kind: string;
  title: string;
  due_on: string | null;
  done_at: string | null;
  source_key: string | null;
  interview_id: number | null;
  company: string | null;
  role: string | null;
  created_at: string;
  updated_at: string;
}

export function actionFromRow(row: ActionRow): ActionItem {
  return {
    id: row.id,
    kind: row.kind as ActionKind,
    title: row.title,
    dueOn: row.due_on,
    done: row.done_at !== null,
    doneAt: row.done_at,
    sourceKey: row.source_key,
    interview: row.interview_id !== null ? { id: row.interview_id, company: row.company ?? '', role: row.role ?? '' } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
