import { afterEach, describe, expect, test } from 'vitest';
import { mergeList } from '../../../shared/domain/list-merge';
import { maxAsksPerInterview } from '../../../shared/contract/interview-asks';
import { maxPlanQuestions } from '../../../shared/domain/readiness/readiness';
import { call, callOk, openTestCore } from '../../helpers/test-core';
import { removeTempDirs } from '../../helpers/temp-dir';

afterEach(removeTempDirs);

// Two windows on one interview's plan or questions to ask (issue 16, item 2): every add or remove saves the whole
// list; with the list it was made from (`base`) the main process merges the other window's changes instead of
// letting the last save win. Through the real dispatcher and SQLite.

type Core = ReturnType<typeof openTestCore>;

async function upcomingInterview(core: Core) {
  return callOk(core, 'reflection.saveInterview', {
    company: 'Harbour Lane',
    role: 'Audit trainee',
    heldAt: '2099-03-14T09:00:00.000Z',
    stage: 'first',
    format: 'video',
  });
}

function questionIds(core: Core, purpose: 'answer' | 'ask', count: number): number[] {
  return core.db
    .prepare<[string, number], { id: number }>(
      'SELECT q.id FROM questions q JOIN banks b ON b.id = q.bank_id WHERE b.purpose = ? ORDER BY q.id LIMIT ?',
    )
    .all(purpose, count)
    .map((r) => r.id);
}

describe('mergeList', () => {
  test('keeps my order and changes, drops what was removed elsewhere, appends what was added elsewhere', () => {
    const id = (n: number) => n;
    expect(mergeList([1, 2, 3], [3, 1, 2, 4], [1, 2, 3], id)).toEqual([3, 1, 2, 4]); // nothing changed elsewhere
    expect(mergeList([1, 3, 5], [1, 2, 3, 4], [1, 2, 3], id)).toEqual([1, 3, 4, 5]); // 2 removed, 5 added elsewhere
    expect(mergeList([1, 2, 3], [1, 3], [1, 2, 3], id)).toEqual([1, 3]); // my removal stays removed
    expect(mergeList([1, 2, 9], [1, 2, 9], [1, 2], id)).toEqual([1, 2, 9]); // both added the same: once
  });
});

describe('two windows on one list', () => {
  test('the preparation plan: additions from both windows stay, a removal in one is not undone by the other', async () => {
    const core = openTestCore();
    const interview = await upcomingInterview(core);
    const [q1, q2, q3, q4] = questionIds(core, 'answer', 4) as [number, number, number, number];
    const plan = (list: number[]) => list.map((questionId) => ({ questionId, source: 'picked' as const }));
    // The plan is shown in the order questions were added (then by text), so it is compared as a set.
    const ids = (p: { questions: { questionId: number }[] }) => p.questions.map((q) => q.questionId).sort((x, y) => x - y);
    const start = await callOk(core, 'progress.savePlan', { interviewId: interview.id, questions: plan([q1]) });

    // Both windows show [q1]. A adds q2; B, not yet refreshed, adds q3: both stay.
    const a = await callOk(core, 'progress.savePlan', { interviewId: interview.id, questions: plan([q1, q2]), base: ids(start) });
    const b = await callOk(core, 'progress.savePlan', { interviewId: interview.id, questions: plan([q1, q3]), base: ids(start) });
    expect(ids(b)).toEqual([q1, q2, q3]);

    // A (showing [q1, q2]) removes q1; B (showing [q1, q3, q2]) then adds q4: q1 stays removed.
    await callOk(core, 'progress.savePlan', { interviewId: interview.id, questions: plan([q2]), base: ids(a) });
    const last = await callOk(core, 'progress.savePlan', { interviewId: interview.id, questions: plan([q1, q3, q2, q4]), base: ids(b) });
    expect(ids(last)).toEqual([q2, q3, q4]);
    expect(ids(await callOk(core, 'progress.plan', { interviewId: interview.id }))).toEqual([q2, q3, q4]);
    core.close();
  });

  test('my questions to ask: the same merge, in the order each window put them', async () => {
    const core = openTestCore();
    const interview = await upcomingInterview(core);
    const [a1, a2, a3] = questionIds(core, 'ask', 3) as [number, number, number];
    const chosen = (asks: { chosen: { questionId: number }[] }) => asks.chosen.map((q) => q.questionId);
    const start = await callOk(core, 'reflection.saveAsks', { interviewId: interview.id, questionIds: [a1] });
    await callOk(core, 'reflection.saveAsks', { interviewId: interview.id, questionIds: [a2, a1], base: chosen(start) });
    const merged = await callOk(core, 'reflection.saveAsks', { interviewId: interview.id, questionIds: [a1, a3], base: chosen(start) });
    expect(chosen(merged)).toEqual([a1, a3, a2]);
    // Without a base (an older page), the list replaces the stored one as before.
    expect(chosen(await callOk(core, 'reflection.saveAsks', { interviewId: interview.id, questionIds: [a3] }))).toEqual([a3]);
    core.close();
  });
});

describe('a merged list over its limit', () => {
  test('the plan: refused with the limit, the merged count and how many to remove, never "reload"; the stored list comes with it', async () => {
    const core = openTestCore();
    const interview = await upcomingInterview(core);
    const bank = await callOk(core, 'banks.create', { name: 'Many' });
    const insert = core.db.prepare('INSERT INTO questions (bank_id, text, created_at, updated_at) VALUES (?, ?, ?, ?)');
    const many = Array.from({ length: maxPlanQuestions + 2 }, (_, i) => Number(insert.run(bank.id, `Q${i}?`, 'x', 'x').lastInsertRowid));
    const plan = (list: number[]) => list.map((questionId) => ({ questionId, source: 'picked' as const }));
    const theirs = many.slice(0, 300);
    await callOk(core, 'progress.savePlan', { interviewId: interview.id, questions: plan(theirs), base: [] });
    // This window, which saw an empty plan, adds 202 others: 502 merged, 2 over.
    const mine = many.slice(300);
    const refused = await call(core, 'progress.savePlan', { interviewId: interview.id, questions: plan(mine), base: [] });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('conflict');
    expect(refused.error.message).toBe(
      'The plan can hold at most 500 questions; with the ones added in another window meanwhile it would hold 502. Nothing was saved and nothing is lost: everything is listed here. Remove 2, and the list saves.',
    );
    expect(refused.error.message).not.toMatch(/reload/i);
    // The plan is listed in the order questions were added, then by text: compared as a set.
    expect(refused.error.issues).toEqual([{ path: 'questions', message: 'Remove 2.', saved: expect.arrayContaining(theirs) }]);
    expect(refused.error.issues?.[0]?.saved).toHaveLength(theirs.length);
    // The page shows the merge, rebased on the stored list; two removed (one of theirs, one of mine) saves.
    const merged = mergeList(theirs, mine, [], (id) => id).filter((id) => id !== theirs[0] && id !== mine[0]);
    const saved = await callOk(core, 'progress.savePlan', { interviewId: interview.id, questions: plan(merged), base: theirs });
    expect(saved.questions).toHaveLength(maxPlanQuestions);
    core.close();
  });

  test('my questions to ask: the same refusal, with the stored list', async () => {
    const core = openTestCore();
    const interview = await upcomingInterview(core);
    const bank = await callOk(core, 'banks.create', { name: 'To ask', purpose: 'ask' });
    const insert = core.db.prepare('INSERT INTO questions (bank_id, text, created_at, updated_at) VALUES (?, ?, ?, ?)');
    const many = Array.from({ length: maxAsksPerInterview + 1 }, (_, i) =>
      Number(insert.run(bank.id, `Ask ${i}?`, 'x', 'x').lastInsertRowid),
    );
    const theirs = many.slice(0, 60);
    await callOk(core, 'reflection.saveAsks', { interviewId: interview.id, questionIds: theirs, base: [] });
    const refused = await call(core, 'reflection.saveAsks', { interviewId: interview.id, questionIds: many.slice(60), base: [] });
    expect(refused.ok ? undefined : refused.error).toEqual({
      code: 'conflict',
      message:
        'The list can hold at most 100 questions; with the ones added in another window meanwhile it would hold 101. Nothing was saved and nothing is lost: everything is listed here. Remove 1, and the list saves.',
      issues: [{ path: 'questionIds', message: 'Remove 1.', saved: theirs }],
    });
    core.close();
  });
});
