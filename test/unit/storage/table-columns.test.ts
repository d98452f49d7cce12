import { afterEach, describe, expect, test } from 'vitest';
import { answerTable } from '../../../electron/main/services/sessions/session-rows';
import { type QuestionRecord, questionTable } from '../../../electron/main/services/questions/question-rows';
import type { RecordOf } from '../../../electron/main/services/table-columns';
import { openDatabase } from '../../../electron/main/storage/open-database';
import { answerSchema, type SessionAnswer } from '../../../shared/domain/answers';
import { type Question, questionSchema } from '../../../shared/domain/questions';
import { answerFixture } from '../../helpers/answer-fixture';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

afterEach(removeTempDirs);

/** True only when A and B are the same type (not merely assignable). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Flat<T> = { [K in keyof T]: T[K] };

// Compile-time: a field added to a schema but not to its table (or the reverse) fails `npm run typecheck`.
const answerTypesMatch: Equals<RecordOf<typeof answerTable.fields>, SessionAnswer> = true;
const questionTypesMatch: Equals<Flat<Omit<QuestionRecord, 'archivedAt'> & { bankName: string; archived: boolean }>, Question> = true;

/** Columns kept by triggers rather than written by the app. */
const derivedColumns: Record<string, string[]> = { answers: ['local_day'], questions: [] };

const tables = [
  { table: answerTable, schemaKeys: Object.keys(answerSchema.shape), viewOnly: [] as string[] },
  { table: questionTable, schemaKeys: Object.keys(questionSchema.shape), viewOnly: ['bankName', 'archived'] },
];

describe('each table is declared once', () => {
  test('the types of the table declarations and the schemas agree', () => {
    expect([answerTypesMatch, questionTypesMatch]).toEqual([true, true]);
  });

  test.each(tables)('$table.name: the declaration lists every column of the migrated table, and no other', ({ table }) => {
    const { db } = openDatabase(makeTempDir());
    const onDisk = db
      .prepare<[], { name: string }>(`PRAGMA table_info(${table.name})`)
      .all()
      .map((c) => c.name);
    db.close();
    expect([...table.columns, ...derivedColumns[table.name]!].sort()).toEqual(onDisk.sort());
  });

  test.each(tables)('$table.name: the declaration has a field for every schema field', ({ table, schemaKeys, viewOnly }) => {
    const stored = schemaKeys.filter((key) => !viewOnly.includes(key));
    expect(
      Object.keys(table.fields)
        .filter((key) => key !== 'archivedAt')
        .sort(),
    ).toEqual(stored.sort());
  });

  test('an answer survives the row mapper both ways, every field, through a real table', () => {
    const { db } = openDatabase(makeTempDir());
    const bank = db.prepare("INSERT INTO banks (name, created_at, updated_at) VALUES ('B', 'x', 'x') RETURNING id").get() as { id: number };
    const question = db
      .prepare(`${questionTable.insertSql(['bankId', 'text', 'createdAt', 'updatedAt'])} RETURNING ${questionTable.returning}`)
      .get(questionTable.toRow({ bankId: bank.id, text: 'Q?', createdAt: 'x', updatedAt: 'x' })) as Parameters<
      typeof questionTable.fromRow
    >[0];
    db.prepare("INSERT INTO practice_sessions (id, setup, status, started_at) VALUES (1, '{}', 'in_progress', 'x')").run();
    db.prepare('INSERT INTO session_questions (session_id, position, question_id) VALUES (1, 2, ?)').run(question.id);
    const answer = answerFixture({
      id: 7,
      sessionId: 1,
      questionId: question.id,
      position: 2,
      reviewConfidence: 4,
      reviewedAt: '2026-03-02T10:00:00.000Z',
      selfCheck: { ...answerFixture().selfCheck, pace: true, structure: true },
      note: 'A note',
      struggled: true,
    });
    const keys = Object.keys(answerTable.fields) as (keyof SessionAnswer)[];
    const stored = db.prepare(`${answerTable.insertSql(keys)} RETURNING ${answerTable.returning}`).get(answerTable.toRow(answer));
    expect(answerTable.fromRow(stored as Parameters<typeof answerTable.fromRow>[0])).toEqual(answer);
    expect(answerSchema.parse(answer)).toEqual(answer);
    db.close();
  });

  test('a question survives the row mapper both ways, notes and flags included', () => {
    const record: QuestionRecord = {
      id: 3,
      bankId: 1,
      text: 'Tell me about a time…',
      category: 'Teamwork',
      tags: ['team', 'conflict'],
      difficulty: 3,
      suggestedSeconds: 90,
      guidance: 'Be brief',
      star: true,
      notes: { situation: 'S', task: 'T', action: 'A', result: 'R', free: 'F' },
      starterKey: 'k',
      archivedAt: '2026-03-02T10:00:00.000Z',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-02T10:00:00.000Z',
      version: 2,
    };
    const row = questionTable.toRow(record);
    expect(Object.keys(row).sort()).toEqual([...questionTable.columns].sort());
    expect(questionTable.fromRow(row)).toEqual(record);
  });
});
