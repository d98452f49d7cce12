import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { answerWrites } from '../../../electron/main/services/sessions/answer-writes';
import { call, callOk } from '../../helpers/test-core';
import { makeTempDir } from '../../helpers/temp-dir';
import { useTestCores } from '../../helpers/use-test-cores';
import { insertBank, insertQuestion, noChecks, rated, setupFor } from './fixtures';

const core = useTestCores();

let banks = 0;
async function sessionWith(app: ReturnType<typeof core>, questions: number, overrides = {}) {
  const bank = insertBank(app.db, `Mine ${++banks}`);
  const ids = Array.from({ length: questions }, () => insertQuestion(app.db, bank, { suggestedSeconds: 120 }));
  return callOk(app, 'sessions.start', { setup: setupFor([bank], { count: questions, ...overrides }), questionIds: ids });
}

describe('saving an answer', () => {
  test('saves a rating with the limit worked out by the main process, and a correction updates the same row', async () => {
    const app = core();
    const session = await sessionWith(app, 2, { multiplier: 1.5 });
    const first = await callOk(app, 'sessions.saveAnswer', {
      ...rated(session.id, 0, 2, { timeUsedMs: 190_000 }),
      selfCheck: { ...noChecks, pace: true },
    });
    expect(first).toMatchObject({
      confidence: 2,
      timeUsedMs: 190_000,
      timeLimitMs: 180_000,
      selfCheck: { pace: true, eyeContact: false },
      skipped: false,
    });

    const corrected = await callOk(app, 'sessions.saveAnswer', rated(session.id, 0, 4, { note: 'Better than I thought', struggled: true }));
    expect(corrected).toMatchObject({
      id: first.id,
      confidence: 4,
      note: 'Better than I thought',
      struggled: true,
      answeredAt: first.answeredAt,
    });
    expect(app.db.prepare('SELECT count(*) AS n FROM answers WHERE session_id = ?').get(session.id)).toEqual({ n: 1 });
  });

  test('a skip is saved without a confidence; the schema refuses mismatched input and names the field', async () => {
    const app = core();
    const session = await sessionWith(app, 2);
    const skip = await callOk(app, 'sessions.saveAnswer', {
      ...rated(session.id, 1, 1),
      skipped: true,
      confidence: null,
      timeUsedMs: 4000,
    });
    expect(skip).toMatchObject({ skipped: true, confidence: null, timeUsedMs: 4000 });

    const cases = [
      { ...rated(session.id, 0, 3), skipped: true },
      { ...rated(session.id, 0, 3), confidence: null },
      { ...rated(session.id, 0, 3), confidence: 6 },
      { ...rated(session.id, 0, 3), selfCheck: { ...noChecks, charisma: true } },
      { ...rated(session.id, 0, 3), note: 'x'.repeat(2001) },
    ];
    for (const input of cases) {
      const result = await call(app, 'sessions.saveAnswer', input as never);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    const noSuchPosition = await call(app, 'sessions.saveAnswer', rated(session.id, 5, 3));
    expect(noSuchPosition).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  test('the answer and the review schedule commit together: a progress failure saves nothing', async () => {
    const app = core();
    const session = await sessionWith(app, 1);
    await callOk(app, 'sessions.saveAnswer', rated(session.id, 0, 2));
    const questionId = session.items[0]!.questionId;
    expect(app.db.prepare('SELECT count(*) AS n FROM review_state WHERE question_id = ?').get(questionId)).toEqual({ n: 1 });

    const failing = answerWrites(
      app.db,
      {
        applyAnswer: () => {
          throw new Error('disk full');
        },
        applyReview: () => undefined,
      },
      () => new Date('2026-03-01T10:00:00.000Z'),
    );
    expect(() => failing.save({ ...rated(session.id, 0, 5), selfCheck: noChecks })).toThrow('disk full');
    expect(app.db.prepare('SELECT confidence FROM answers WHERE session_id = ?').get(session.id)).toEqual({ confidence: 2 });
  });

  test('an answer the hard limit ended is stored as cut off, survives a restart and counts as over in the CSV; a skip cannot be cut off', async () => {
    const dir = makeTempDir();
    let app = core(dir);
    const session = await sessionWith(app, 2, { pressure: 'hard' });
    const cut = await callOk(app, 'sessions.saveAnswer', { ...rated(session.id, 0, 3, { timeUsedMs: 120_000 }), cutOffAtLimit: true });
    expect(cut).toMatchObject({ cutOffAtLimit: true, timeUsedMs: 120_000, timeLimitMs: 120_000 });
    const { cutOffAtLimit: _omitted, ...withoutField } = rated(session.id, 1, 4);
    expect(await callOk(app, 'sessions.saveAnswer', withoutField)).toMatchObject({ cutOffAtLimit: false });
    expect(
      await call(app, 'sessions.saveAnswer', { ...rated(session.id, 1, 4), skipped: true, confidence: null, cutOffAtLimit: true }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'cutOffAtLimit' }] } });
    app.close();
    app = core(dir);
    const detail = await callOk(app, 'sessions.get', { sessionId: session.id });
    expect(detail.items.map((i) => i.answer?.cutOffAtLimit)).toEqual([true, false]);
    const csv = await callOk(app, 'data.exportAnswersCsv', {});
    const rows = readFileSync(csv.path, 'utf8').split('\r\n');
    expect(rows[0]).toContain('Over the limit,Cut off at the limit');
    expect(rows[1]).toMatch(/,120\.0,120\.0,yes,yes,/);
    expect(rows[2]).toMatch(/,60\.0,120\.0,no,no,/);
  });

  test('an ended session refuses further ratings', async () => {
    const app = core();
    const session = await sessionWith(app, 2);
    await callOk(app, 'sessions.saveAnswer', rated(session.id, 0, 3));
    await expect(callOk(app, 'sessions.end', { sessionId: session.id })).resolves.toEqual({ status: 'completed' });
    const late = await call(app, 'sessions.saveAnswer', rated(session.id, 1, 3));
    expect(late).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe("the session lists (home's recent sessions and the unfinished offer)", () => {
  test('count a skipped question as skipped, not as answered', async () => {
    const app = core();
    const session = await sessionWith(app, 3);
    await callOk(app, 'sessions.saveAnswer', rated(session.id, 0, 5));
    await callOk(app, 'sessions.saveAnswer', { ...rated(session.id, 1, 1), skipped: true, confidence: null, timeUsedMs: 0 });
    expect(await callOk(app, 'sessions.unfinished', {})).toMatchObject({
      questionCount: 3,
      answeredCount: 1,
      skippedCount: 1,
      averageConfidence: 5,
    });
    await callOk(app, 'sessions.end', { sessionId: session.id });
    const [listed] = await callOk(app, 'sessions.list', { limit: 10 });
    expect(listed).toMatchObject({ id: session.id, status: 'completed', questionCount: 3, answeredCount: 1, skippedCount: 1 });
  });
});

describe('interrupted sessions', () => {
  test('everything rated survives closing the app; the session is offered for resuming where it stopped', async () => {
    const dataDir = makeTempDir();
    const app = core(dataDir);
    const session = await sessionWith(app, 3);
    await callOk(app, 'sessions.saveAnswer', rated(session.id, 0, 4, { note: 'kept' }));
    app.close();

    const again = core(dataDir);
    const offer = await callOk(again, 'sessions.unfinished', {});
    expect(offer).toMatchObject({ id: session.id, status: 'in_progress', questionCount: 3, answeredCount: 1, averageConfidence: 4 });
    const detail = await callOk(again, 'sessions.get', { sessionId: session.id });
    expect(detail.items.map((i) => i.answer?.confidence ?? null)).toEqual([4, null, null]);
    expect(detail.items[0]!.answer?.note).toBe('kept');
  });

  test('ending keeps what was rated (completed) or abandons an empty session; a new session ends the old one', async () => {
    const app = core();
    const empty = await sessionWith(app, 1);
    await expect(callOk(app, 'sessions.end', { sessionId: empty.id })).resolves.toEqual({ status: 'abandoned' });

    const half = await sessionWith(app, 2);
    await callOk(app, 'sessions.saveAnswer', rated(half.id, 0, 3));
    const next = await sessionWith(app, 1);
    expect((await callOk(app, 'sessions.get', { sessionId: half.id })).status).toBe('completed');
    await expect(callOk(app, 'sessions.unfinished', {})).resolves.toMatchObject({ id: next.id });

    const listed = await callOk(app, 'sessions.list', { limit: 10 });
    expect(listed.map((s) => s.id)).toEqual([next.id, half.id]);
    await expect(call(app, 'sessions.end', { sessionId: 99_999 })).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('re-rating after replay', () => {
  test('keeps the blind rating beside the after-replay one, and can clear it; a skip cannot be re-rated', async () => {
    const app = core();
    const session = await sessionWith(app, 2);
    await callOk(app, 'sessions.saveAnswer', rated(session.id, 0, 2));
    await callOk(app, 'sessions.saveAnswer', { ...rated(session.id, 1, 1), skipped: true, confidence: null });
    await callOk(app, 'sessions.end', { sessionId: session.id });

    const reviewed = await callOk(app, 'sessions.saveReviewConfidence', { sessionId: session.id, position: 0, reviewConfidence: 4 });
    expect(reviewed).toMatchObject({ confidence: 2, reviewConfidence: 4 });
    const cleared = await callOk(app, 'sessions.saveReviewConfidence', { sessionId: session.id, position: 0, reviewConfidence: null });
    expect(cleared).toMatchObject({ confidence: 2, reviewConfidence: null });
    const skipped = await call(app, 'sessions.saveReviewConfidence', { sessionId: session.id, position: 1, reviewConfidence: 3 });
    expect(skipped).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
