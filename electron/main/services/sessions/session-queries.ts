import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import type { BankPurpose } from '../../../../shared/domain/banks';
import type { NamedCount, SessionDetail, SessionListEntry, SessionSetup } from '../../../../shared/domain/sessions';
import { type RecordingRow, recordingSelect } from '../recordings/recording-rows';
import {
  type AnswerRow,
  answerTable,
  type ItemRow,
  itemFromRows,
  listEntryFromRow,
  parseSetup,
  type SessionListRow,
  type SessionRow,
} from './session-rows';

const listColumns = `
  s.id, s.status, s.started_at, s.ended_at,
  (SELECT count(*) FROM session_questions sq WHERE sq.session_id = s.id) AS question_count,
  (SELECT count(*) FROM answers a WHERE a.session_id = s.id AND a.skipped = 0) AS answered_count,
  (SELECT count(*) FROM answers a WHERE a.session_id = s.id AND a.skipped = 1) AS skipped_count,
  (SELECT avg(a.confidence) FROM answers a WHERE a.session_id = s.id AND a.skipped = 0) AS average_confidence`;

const liveQuestions = 'questions q JOIN banks b ON b.id = q.bank_id WHERE q.archived_at IS NULL AND b.archived_at IS NULL';

interface NamedCountRow {
  name: string;
  count: number;
  bank_ids: string;
}

function namedCountFromRow(row: NamedCountRow): NamedCount {
  return { name: row.name, count: row.count, bankIds: row.bank_ids.split(',').map(Number) };
}

/** Read-side queries over sessions, prepared once per database. */
export function sessionQueries(db: Database, fallbackSetup: () => SessionSetup) {
  const session = db.prepare<{ id: number }, SessionRow>(
    'SELECT id, setup, status, started_at, ended_at FROM practice_sessions WHERE id = @id',
  );
  const items = db.prepare<{ id: number }, ItemRow>(`
    SELECT sq.position, sq.question_id, q.bank_id, b.name AS bank_name, q.text, q.category, q.suggested_seconds,
           (q.guidance <> '' OR q.notes_situation <> '' OR q.notes_task <> '' OR q.notes_action <> ''
            OR q.notes_result <> '' OR q.notes_free <> '') AS has_notes
    FROM session_questions sq JOIN questions q ON q.id = sq.question_id JOIN banks b ON b.id = q.bank_id
    WHERE sq.session_id = @id ORDER BY sq.position`);
  const answers = db.prepare<{ id: number }, AnswerRow>(`SELECT ${answerTable.select} FROM answers a WHERE a.session_id = @id`);
  const recordings = db.prepare<{ id: number }, RecordingRow>(`${recordingSelect} WHERE r.session_id = @id`);
  const list = db.prepare<{ limit: number }, SessionListRow>(
    `SELECT ${listColumns} FROM practice_sessions s WHERE s.status <> 'abandoned' ORDER BY s.started_at DESC, s.id DESC LIMIT @limit`,
  );
  const unfinished = db.prepare<[], SessionListRow>(
    `SELECT ${listColumns} FROM practice_sessions s WHERE s.status = 'in_progress' ORDER BY s.started_at DESC, s.id DESC LIMIT 1`,
  );
  // Only the user's own set-ups: a due review or a plan session must not replace what "Same again?" repeats.
  const latestSetup = db.prepare<[], { setup: string }>(
    "SELECT setup FROM practice_sessions WHERE origin = 'own' ORDER BY started_at DESC, id DESC LIMIT 1",
  );
  const banks = db.prepare<[], { id: number; name: string; question_count: number; purpose: BankPurpose; starter_key: string | null }>(`
    SELECT b.id, b.name, b.purpose, b.starter_key,
           (SELECT count(*) FROM questions q WHERE q.bank_id = b.id AND q.archived_at IS NULL) AS question_count
    FROM banks b WHERE b.archived_at IS NULL ORDER BY b.name COLLATE NOCASE`);
  const categories = db.prepare<[], NamedCountRow>(`
    SELECT q.category AS name, count(*) AS count, group_concat(DISTINCT q.bank_id) AS bank_ids
    FROM ${liveQuestions} AND q.category <> '' GROUP BY q.category ORDER BY q.category COLLATE NOCASE`);
  const tags = db.prepare<[], NamedCountRow>(`
    SELECT t.value AS name, count(*) AS count, group_concat(DISTINCT q.bank_id) AS bank_ids
    FROM questions q JOIN banks b ON b.id = q.bank_id, json_each(q.tags) t
    WHERE q.archived_at IS NULL AND b.archived_at IS NULL
    GROUP BY t.value ORDER BY t.value COLLATE NOCASE`);
  const hasHistory = db.prepare<[], { yes: number }>('SELECT EXISTS (SELECT 1 FROM answers WHERE skipped = 0) AS yes');

  return {
    detail(id: number): SessionDetail {
      const row = session.get({ id });
      if (!row) throw new AppError('not_found', 'There is no such practice session.');
      const setup = parseSetup(row.setup) ?? fallbackSetup();
      const answerByPosition = new Map(answers.all({ id }).map((a) => [a.position, a]));
      const recordingByPosition = new Map(recordings.all({ id }).map((r) => [r.position, r]));
      return {
        id: row.id,
        setup,
        status: row.status,
        startedAt: row.started_at,
        endedAt: row.ended_at,
        items: items
          .all({ id })
          .map((item) => itemFromRows(setup, item, answerByPosition.get(item.position), recordingByPosition.get(item.position))),
      };
    },
    list(limit: number): SessionListEntry[] {
      return list.all({ limit }).map(listEntryFromRow);
    },
    unfinished(): SessionListEntry | null {
      const row = unfinished.get();
      return row ? listEntryFromRow(row) : null;
    },
    banks: () => banks.all().map((b) => ({ id: b.id, name: b.name, questionCount: b.question_count, purpose: b.purpose })),
    /** Live banks with their starter keys, for choosing a role family's starter banks. */
    starterKeys: () =>
      banks.all().map((b) => ({ id: b.id, starterKey: b.starter_key, purpose: b.purpose, questionCount: b.question_count })),
    categories: () => categories.all().map(namedCountFromRow),
    tags: () => tags.all().map(namedCountFromRow),
    hasHistory: () => hasHistory.get()!.yes === 1,
    /** The most recent session's set-up, or null when there is none this version can read. */
    latestSetup(): SessionSetup | null {
      const row = latestSetup.get();
      return row ? parseSetup(row.setup) : null;
    },
  };
}
export type SessionQueries = ReturnType<typeof sessionQueries>;
