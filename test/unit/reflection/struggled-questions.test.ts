import { afterEach, describe, expect, test, vi } from 'vitest';
import { reflectionHandlers } from '../../../electron/main/services/reflection/handlers';
import { removeTempDirs } from '../../helpers/temp-dir';
import { call, callOk } from '../../helpers/test-core';
import { logInterview, openCoreAt } from './reflection-core';
import { saveStepNow } from '../../helpers/step-save';

afterEach(removeTempDirs);

const deadlineOf = (core: ReturnType<typeof openCoreAt>, questionId: number) =>
  (core.db.prepare('SELECT deadline, due FROM review_state WHERE question_id = ?').get(questionId) as
    { deadline: string; due: string } | undefined) ?? null;

describe('questions struggled with in an interview', () => {
  test('go into the “From my interviews” bank, made once, tagged with the company', async () => {
    const core = openCoreAt({ now: new Date('2026-03-03T10:00:00Z') });
    const { id } = await logInterview(core);
    const added = await callOk(core, 'reflection.addStruggledQuestion', {
      interviewId: id,
      itemKey: 'q1',
      text: 'Tell me about a conflict.',
      category: 'Behavioural',
    });
    await callOk(core, 'reflection.addStruggledQuestion', { interviewId: id, itemKey: 'q2', text: 'Why data?' });

    const banks = await callOk(core, 'banks.list', {});
    const bank = banks.find((b) => b.name === 'From my interviews');
    expect(bank).toMatchObject({ id: added.bankId, questionCount: 2 });
    const questions = await callOk(core, 'questions.list', { bankId: added.bankId });
    expect(questions.find((q) => q.id === added.questionId)).toMatchObject({
      text: 'Tell me about a conflict.',
      category: 'Behavioural',
      tags: ['acme ltd'],
    });
    expect((await callOk(core, 'reflection.get', { interviewId: id })).addedQuestions.map((q) => q.itemKey)).toEqual(['q1', 'q2']);
    core.close();
  });

  test('adding the same item twice, or the same question from another interview, does not duplicate it', async () => {
    const core = openCoreAt({ now: new Date('2026-03-03T10:00:00Z') });
    const a = await logInterview(core);
    const b = await logInterview(core, { company: 'Beta' });
    const first = await callOk(core, 'reflection.addStruggledQuestion', { interviewId: a.id, itemKey: 'q1', text: 'Why us?' });
    expect(await callOk(core, 'reflection.addStruggledQuestion', { interviewId: a.id, itemKey: 'q1', text: 'Why us?' })).toEqual(first);
    const other = await callOk(core, 'reflection.addStruggledQuestion', { interviewId: b.id, itemKey: 'x9', text: 'why US?' });
    expect(other.questionId).toBe(first.questionId);
    expect(core.db.prepare('SELECT count(*) AS n FROM questions WHERE bank_id = ?').get(first.bankId)).toEqual({ n: 1 });
    core.close();
  });

  test('come due before the next round when the user gives its date', async () => {
    const core = openCoreAt({ now: new Date('2026-03-03T10:00:00Z') });
    const { id } = await logInterview(core);
    const added = await callOk(core, 'reflection.addStruggledQuestion', {
      interviewId: id,
      itemKey: 'q1',
      text: 'Why us?',
      nextRoundOn: '2026-03-20',
    });
    const roundDay = new Date(2026, 2, 20);
    expect(added.dueBy).toBe(roundDay.toISOString());
    const state = deadlineOf(core, added.questionId);
    expect(state?.deadline).toBe(roundDay.toISOString());
    expect(new Date(state!.due).getTime()).toBeLessThan(roundDay.getTime());
    core.close();
  });

  test('come due before a later interview logged with the same company, or the draft’s next-round date', async () => {
    const core = openCoreAt({ now: new Date('2026-03-03T10:00:00Z') });
    const first = await logInterview(core);
    await logInterview(core, { company: 'ACME LTD', stage: 'second', heldAt: '2026-03-25T09:00:00Z', outcome: 'pending' });
    const fromLog = await callOk(core, 'reflection.addStruggledQuestion', { interviewId: first.id, itemKey: 'q1', text: 'Why us?' });
    const held = new Date('2026-03-25T09:00:00Z');
    expect(fromLog.dueBy).toBe(new Date(held.getFullYear(), held.getMonth(), held.getDate()).toISOString());

    await saveStepNow(core, first.id, 'improve', { nextRoundOn: '2026-03-15' });
    const fromDraft = await callOk(core, 'reflection.addStruggledQuestion', {
      interviewId: first.id,
      itemKey: 'q2',
      text: 'Biggest weakness?',
    });
    expect(fromDraft.dueBy).toBe(new Date(2026, 2, 15).toISOString());
    core.close();
  });

  test('with no next round (or one already past) the question still comes due: now, and again by tomorrow after a good answer', async () => {
    const now = new Date('2026-03-03T10:00:00Z');
    const core = openCoreAt({ now });
    const { id } = await logInterview(core);
    const added = await callOk(core, 'reflection.addStruggledQuestion', {
      interviewId: id,
      itemKey: 'q1',
      text: 'Why us?',
      nextRoundOn: '2026-03-01',
    });
    expect(added.dueBy).toBeNull();
    const dayAfterTomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 2);
    expect(deadlineOf(core, added.questionId)).toEqual({ due: now.toISOString(), deadline: dayAfterTomorrow.toISOString() });
    const none = await callOk(core, 'reflection.addStruggledQuestion', { interviewId: id, itemKey: 'q2', text: 'Biggest weakness?' });
    expect(deadlineOf(core, none.questionId)).toEqual({ due: now.toISOString(), deadline: dayAfterTomorrow.toISOString() });
    // Both are in today's due queue, though nobody ever practised them.
    const queue = await callOk(core, 'progress.dueQuestions', { limit: 20 });
    expect(queue.map((q) => q.questionId).sort()).toEqual([added.questionId, none.questionId].sort());
    core.close();
  });

  test('if scheduling fails, the question is not half-added', async () => {
    const core = openCoreAt({ now: new Date('2026-03-03T10:00:00Z') });
    const { id } = await logInterview(core);
    const failing = vi.fn(() => {
      throw new Error('schedule broke');
    });
    const handlers = reflectionHandlers(core.deps, failing);
    expect(() =>
      handlers['reflection.addStruggledQuestion'](
        { interviewId: id, itemKey: 'q1', text: 'Why us?', category: '', nextRoundOn: '2026-04-01' },
        { transport: 'test' },
      ),
    ).toThrow('schedule broke');
    expect(failing).toHaveBeenCalledOnce();
    expect(core.db.prepare("SELECT count(*) AS n FROM questions WHERE text = 'Why us?'").get()).toEqual({ n: 0 });
    expect(core.db.prepare('SELECT count(*) AS n FROM reflection_questions').get()).toEqual({ n: 0 });
    core.close();
  });

  test('an empty question or an unknown interview is refused', async () => {
    const core = openCoreAt({ now: new Date() });
    const { id } = await logInterview(core);
    const empty = await call(core, 'reflection.addStruggledQuestion', { interviewId: id, itemKey: 'q1', text: '   ' });
    expect(empty.ok ? [] : empty.error.issues?.map((i) => i.path)).toEqual(['text']);
    expect(await call(core, 'reflection.addStruggledQuestion', { interviewId: 99, itemKey: 'q1', text: 'Why?' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    core.close();
  });
});

describe('recent mock-interview confidence', () => {
  test('averages the latest rated answers, skipping skipped ones, per category', async () => {
    const core = openCoreAt({ now: new Date() });
    const db = core.db;
    const bankId = Number(
      db.prepare("INSERT INTO banks (name, created_at, updated_at) VALUES ('Confidence test', 'x', 'x')").run().lastInsertRowid,
    );
    const q = db.prepare("INSERT INTO questions (bank_id, text, category, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')");
    const behavioural = Number(q.run(bankId, 'Conflict?', 'Behavioural').lastInsertRowid);
    const technical = Number(q.run(bankId, 'Design X', 'Technical').lastInsertRowid);
    db.prepare("INSERT INTO practice_sessions (id, setup, started_at) VALUES (1, '{}', '2026-03-01T09:00:00Z')").run();
    const answer = db.prepare(
      'INSERT INTO answers (session_id, question_id, position, skipped, confidence, time_used_ms, answered_at) VALUES (1, ?, ?, ?, ?, 60000, ?)',
    );
    answer.run(behavioural, 0, 0, 2, '2026-03-01T09:01:00Z');
    answer.run(technical, 1, 0, 4, '2026-03-01T09:02:00Z');
    answer.run(behavioural, 2, 1, null, '2026-03-01T09:03:00Z');
    answer.run(behavioural, 3, 0, 3, '2026-03-01T09:04:00Z');
    expect(await callOk(core, 'reflection.recentConfidence', {})).toEqual({
      answerCount: 3,
      average: 3,
      byCategory: [
        { category: 'Behavioural', average: 2.5, count: 2 },
        { category: 'Technical', average: 4, count: 1 },
      ],
    });
    core.close();
  });
});
