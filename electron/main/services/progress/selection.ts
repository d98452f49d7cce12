import type { Database, Statement } from 'better-sqlite3';
import { endOfLocalDay } from '../../../../shared/domain/progress/calendar';
import { effectiveDueCte, effectiveDueOrder, effectiveDueParams } from './effective-due';

// Live questions only: archived questions, and questions of archived banks, are not offered for practice.
const live = 'q.archived_at IS NULL AND EXISTS (SELECT 1 FROM banks b WHERE b.id = q.bank_id AND b.archived_at IS NULL)';
const among = '(@ids IS NULL OR q.id IN (SELECT value FROM json_each(@ids)))';

interface Params {
  ids: string | null;
  limit: number;
}

interface DueParams extends Params {
  caps: string;
  now: string;
  before: string;
}

interface Statements {
  weakest: Statement<Params, { id: number }>;
  due: Statement<DueParams, { id: number }>;
}

const prepared = new WeakMap<Database, Statements>();

function statements(db: Database): Statements {
  let s = prepared.get(db);
  if (!s) {
    s = {
      weakest: db.prepare(`
        SELECT q.id FROM progress_question p JOIN questions q ON q.id = p.question_id
        WHERE p.recent_avg IS NOT NULL AND ${live} AND ${among}
        ORDER BY p.recent_avg, p.last_answered_at, q.id LIMIT @limit`),
      due: db.prepare(`
        WITH ${effectiveDueCte}
        SELECT q.id FROM effective_due e JOIN questions q ON q.id = e.question_id
        WHERE e.due < @before AND ${live} AND ${among}
        ORDER BY ${effectiveDueOrder} LIMIT @limit`),
    };
    prepared.set(db, s);
  }
  return s;
}

const idsParam = (candidateIds: number[] | null) => (candidateIds ? JSON.stringify(candidateIds) : null);

/**
 * Practised questions, weakest first: lowest recent confidence (mean of the
 * last three ratings), then the longest unpractised. Questions never rated are
 * not included — the caller appends them (e.g. at random) if it needs more.
 * `candidateIds` limits the choice (null: every live question).
 */
export function weakestQuestionIds(db: Database, candidateIds: number[] | null, limit: number): number[] {
  return statements(db)
    .weakest.all({ ids: idsParam(candidateIds), limit })
    .map((r) => r.id);
}

/**
 * Questions due for review by the end of `now`'s local day (deadline-aware:
 * upcoming interviews' plan questions first, never practised first among
 * them, then most overdue). `candidateIds` limits the choice (null: every live question).
 */
export function dueQuestionIds(db: Database, now: Date, candidateIds: number[] | null, limit: number): number[] {
  return statements(db)
    .due.all({ ids: idsParam(candidateIds), limit, ...effectiveDueParams(db, now, endOfLocalDay(now)) })
    .map((r) => r.id);
}
