import {
  answerLimitMs,
  emptySelfCheck,
  type SelfCheck,
  selfCheckKeys,
  type SessionItem,
  type SessionListEntry,
  type SessionSetup,
  sessionSetupSchema,
  type SessionStatus,
  thinkLimitMs,
} from '../../../../shared/domain/sessions';
import type { SessionAnswer } from '../../../../shared/domain/answers';
import { column, defineTable, type Field, type RowOf } from '../table-columns';
import { recordingFromRow, type RecordingRow } from '../recordings/recording-rows';

/** Unknown keys (from a newer version) are dropped; missing ones read as not ticked. */
export function parseSelfCheck(json: string): SelfCheck {
  const parsed: unknown = JSON.parse(json);
  const result = emptySelfCheck();
  if (typeof parsed === 'object' && parsed !== null) {
    for (const key of selfCheckKeys) result[key] = (parsed as Record<string, unknown>)[key] === true;
  }
  return result;
}

/** The `answers` table: one column per field of `answerSchema` (local_day is kept by the progress triggers). */
export const answerTable = defineTable('answers', 'a', {
  id: column.integer('id'),
  sessionId: column.integer('session_id'),
  questionId: column.integer('question_id'),
  position: column.integer('position'),
  skipped: column.flag('skipped'),
  confidence: column.integerOrNull('confidence'),
  reviewConfidence: column.integerOrNull('review_confidence'),
  reviewedAt: column.textOrNull('reviewed_at'),
  guidedConfidence: column.integerOrNull('guided_confidence'),
  guidedAt: column.textOrNull('guided_at'),
  timeUsedMs: column.integer('time_used_ms'),
  timeLimitMs: column.integerOrNull('time_limit_ms'),
  cutOffAtLimit: column.flag('cut_off_at_limit'),
  selfCheck: column.json('self_check', parseSelfCheck),
  note: column.text('note'),
  struggled: column.flag('struggled'),
  answeredAt: column.text('answered_at'),
} satisfies Record<keyof SessionAnswer, Field>);
export type AnswerRow = RowOf<typeof answerTable.fields>;

/** A `practice_sessions` row. */
export interface SessionRow {
  id: number;
  setup: string;
  status: SessionStatus;
  started_at: string;
  ended_at: string | null;
}

/** The stored set-up, or null when it is not one this version understands (e.g. written by an older one). */
export function parseSetup(json: string): SessionSetup | null {
  const result = sessionSetupSchema.safeParse(JSON.parse(json));
  return result.success ? result.data : null;
}

/** A planned question joined with its question and bank. */
export interface ItemRow {
  position: number;
  question_id: number;
  bank_id: number;
  bank_name: string;
  text: string;
  category: string;
  suggested_seconds: number;
  has_notes: number;
}

export function itemFromRows(
  setup: SessionSetup,
  row: ItemRow,
  answer: AnswerRow | undefined,
  recording: RecordingRow | undefined,
): SessionItem {
  return {
    position: row.position,
    questionId: row.question_id,
    bankId: row.bank_id,
    bankName: row.bank_name,
    text: row.text,
    category: row.category,
    thinkLimitMs: thinkLimitMs(setup),
    answerLimitMs: answerLimitMs(setup, row.suggested_seconds),
    hasNotes: row.has_notes === 1,
    answer: answer ? answerTable.fromRow(answer) : null,
    recording: recording ? recordingFromRow(recording) : null,
  };
}

/** A session with its counts, for lists. */
export interface SessionListRow {
  id: number;
  status: SessionStatus;
  started_at: string;
  ended_at: string | null;
  question_count: number;
  answered_count: number;
  skipped_count: number;
  average_confidence: number | null;
}

export function listEntryFromRow(row: SessionListRow): SessionListEntry {
  return {
    id: row.id,
    status: row.status,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    questionCount: row.question_count,
    answeredCount: row.answered_count,
    skippedCount: row.skipped_count,
    averageConfidence: row.average_confidence === null ? null : Math.round(row.average_confidence * 10) / 10,
  };
}
