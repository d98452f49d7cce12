import type { Database } from 'better-sqlite3';

const at = '2026-03-01T09:00:00.000Z';

export function insertBank(db: Database, name: string, archived = false): number {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO banks (name, archived_at, created_at, updated_at) VALUES (?, ?, ?, ?)')
    .run(name, archived ? at : null, at, at);
  return Number(lastInsertRowid);
}

export interface QuestionSeed {
  text?: string;
  category?: string;
  tags?: string[];
  suggestedSeconds?: number;
  archived?: boolean;
}

export function insertQuestion(db: Database, bankId: number, seed: QuestionSeed = {}): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO questions (bank_id, text, category, tags, suggested_seconds, archived_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      bankId,
      seed.text ?? `Question ${Math.random().toString(36).slice(2, 8)}?`,
      seed.category ?? '',
      JSON.stringify(seed.tags ?? []),
      seed.suggestedSeconds ?? 120,
      seed.archived ? at : null,
      at,
      at,
    );
  return Number(lastInsertRowid);
}

export { setupFor } from '../../helpers/session-setup';

export const noChecks = { eyeContact: false, posture: false, pace: false, fillerWords: false, structure: false, answeredQuestion: false };

/** A rated answer's input for `sessions.saveAnswer`. */
export function rated(
  sessionId: number,
  position: number,
  confidence: number,
  extra: Partial<{ timeUsedMs: number; note: string; struggled: boolean }> = {},
) {
  return {
    sessionId,
    position,
    skipped: false,
    confidence,
    timeUsedMs: 60_000,
    cutOffAtLimit: false,
    selfCheck: noChecks,
    note: '',
    struggled: false,
    ...extra,
  };
}
