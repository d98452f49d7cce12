import {
  answerLimitMs,
  emptySelfCheck,
  type SelfCheck,
  selfCheckKeys,
  type SessionAnswer,
  type SessionItem,
  type SessionListEntry,
  type SessionSetup,
  sessionSetupSchema,
  type SessionStatus,
  thinkLimitMs,
} from '../../../../shared/domain/sessions';
import { recordingFromRow, type RecordingRow } from '../recordings/recording-rows';

/** An `answers` row as SQLite returns it. */
export interface AnswerRow {
  id: number;
  session_id: number;
  question_id: number;
  position: number;
  skipped: number;
  confidence: number | null;
  review_confidence: number | null;
  time_used_ms: number;
  time_limit_ms: number | null;
  self_check: string;
  note: string;
  struggled: number;
  answered_at: string;
}

export const answerColumns =
  'a.id, a.session_id, a.question_id, a.position, a.skipped, a.confidence, a.review_confidence, a.time_used_ms, a.time_limit_ms, a.self_check, a.note, a.struggled, a.answered_at';

/** Unknown keys (from a newer version) are dropped; missing ones read as not ticked. */
export function parseSelfCheck(json: string): SelfCheck {
  const parsed: unknown = JSON.parse(json);
  const result = emptySelfCheck();
  if (typeof parsed === 'object' && parsed !== null) {
    for (const key of selfCheckKeys) result[key] = (parsed as Record<string, unknown>)[key] === true;
  }
  return result;
}

export function answerFromRow(row: AnswerRow): SessionAnswer {
  return {
    id: row.id,
    skipped: row.skipped === 1,
    confidence: row.confidence,
    reviewConfidence: row.review_confidence,
    timeUsedMs: row.time_used_ms,
    timeLimitMs: row.time_limit_ms,
    selfCheck: parseSelfCheck(row.self_check),
    note: row.note,
    struggled: row.struggled === 1,
    answeredAt: row.answered_at,
  };
}

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
    answer: answer ? answerFromRow(answer) : null,
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
    averageConfidence: row.average_confidence === null ? null : Math.round(row.average_confidence * 10) / 10,
  };
}
