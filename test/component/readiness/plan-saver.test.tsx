import { describe, expect, test } from 'vitest';
import type { Result } from '../../../shared/contract/result';
import type { Plan, PlanQuestion } from '../../../shared/domain/readiness/readiness';
import { PlanSaver, type SavePlanFn } from '../../../renderer/src/features/readiness/plan-saver';

const question = (questionId: number): PlanQuestion => ({
  questionId,
  text: `Question ${questionId}`,
  category: 'General',
  tags: [],
  bankName: 'Bank',
  source: 'picked',
});
const planOf = (ids: number[]): Plan => ({
  interviewId: 1,
  company: 'Harbour Lane',
  role: 'Audit Senior',
  heldAt: '2026-12-07T10:00:00.000Z',
  heldOn: '2026-12-07',
  jobDescription: '',
  questions: ids.map(question),
});

/** A save whose answers the test releases one by one, recording what each write carried. */
function gatedSave() {
  const writes: number[][] = [];
  const bases: number[][] = [];
  const answers: ((result: Result<Plan>) => void)[] = [];
  const save: SavePlanFn = (questions, base) => {
    writes.push(questions.map((q) => q.questionId));
    bases.push(base);
    return new Promise((resolve) => answers.push(resolve));
  };
  return { save, writes, bases, answer: (result: Result<Plan>) => answers.shift()!(result) };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PlanSaver', () => {
  test('saves each change at once, and clicks during a write become one write of the newest list', async () => {
    const { save, writes, answer } = gatedSave();
    const stored: Plan[] = [];
    const saver = new PlanSaver(save, (plan) => stored.push(plan));
    saver.change([question(1)]);
    expect(writes).toEqual([[1]]);
    expect(saver.getState()).toEqual({ status: 'saving' });
    saver.change([question(1), question(2)]);
    saver.change([question(1), question(2), question(3)]);
    answer({ ok: true, value: planOf([1]) });
    await tick();
    expect(writes).toEqual([[1], [1, 2, 3]]);
    const done = saver.flush();
    answer({ ok: true, value: planOf([1, 2, 3]) });
    expect(await done).toBe(true);
    expect(saver.getState()).toEqual({ status: 'saved', count: 3 });
    expect(stored.map((p) => p.questions.length)).toEqual([3]);
  });

  test('a failed write keeps the list, reports the error, and retry sends the same list again', async () => {
    const { save, writes, answer } = gatedSave();
    const saver = new PlanSaver(save, () => {});
    saver.change([question(4)]);
    const first = saver.flush();
    answer({ ok: false, error: { code: 'storage_error', message: 'Your disk is full: the plan was not saved.' } });
    expect(await first).toBe(false);
    expect(saver.getState()).toMatchObject({ status: 'failed', error: { code: 'storage_error' } });
    saver.retry();
    expect(writes).toEqual([[4], [4]]);
    const second = saver.flush();
    answer({ ok: true, value: planOf([4]) });
    expect(await second).toBe(true);
    expect(saver.getState()).toEqual({ status: 'saved', count: 1 });
  });

  test('each write names the list it was made from; the stored plan, merged with another window’s, becomes the next base', async () => {
    const { save, writes, bases, answer } = gatedSave();
    const stored: Plan[] = [];
    const saver = new PlanSaver(save, (plan) => stored.push(plan), [question(1)]);
    saver.change([question(1), question(2)]);
    saver.change([question(1), question(2), question(3)]); // a click while the first write is out
    answer({ ok: true, value: planOf([1, 2, 9]) }); // another window had added 9
    await tick();
    // The newer list was made from the list just stored as sent, so that is its base (9 is not taken as removed).
    expect(bases).toEqual([[1], [1, 2]]);
    const done = saver.flush();
    answer({ ok: true, value: planOf([1, 2, 3, 9]) });
    expect(await done).toBe(true);
    expect(stored.map((p) => p.questions.map((q) => q.questionId))).toEqual([[1, 2, 3, 9]]);
    saver.change([question(1), question(2), question(3), question(9), question(5)]);
    expect(bases[2]).toEqual([1, 2, 3, 9]);
    expect(writes).toHaveLength(3);
  });
  test('over the limit after a merge: rebased on the stored plan, the refused list is not resent, the next click saves from the stored base', async () => {
    const { save, writes, bases, answer } = gatedSave();
    const saver = new PlanSaver(save, () => undefined, [question(1)]);
    saver.change([question(1), question(2)]);
    answer({
      ok: false,
      error: {
        code: 'conflict',
        message: 'The plan can hold at most 500 questions',
        issues: [{ path: 'questions', message: 'Remove 1.', saved: [1, 9] }],
      },
    });
    await tick();
    expect(saver.getState()).toMatchObject({ status: 'failed' });
    expect(saver.currentBase()).toEqual([1]);
    // The page shows the merge of [1, 2] with the stored [1, 9], based on the stored plan.
    saver.rebase([1, 9]);
    saver.retry();
    expect(writes).toHaveLength(1);
    saver.change([question(1), question(2)]);
    expect(bases.at(-1)).toEqual([1, 9]);
    answer({ ok: true, value: planOf([1, 2]) });
    await expect(saver.flush()).resolves.toBe(true);
  });
});
