import { expect, test } from 'vitest';
import { call, callOk } from '../../helpers/test-core';
import { useTestCores } from '../../helpers/use-test-cores';

const open = useTestCores();

test('my questions to ask: picked in order, saved with the interview, survive a restart; a question to answer is refused and nothing is written', async () => {
  let app = open();
  const interview = await callOk(app, 'reflection.saveInterview', {
    company: 'Acme',
    role: 'Audit trainee',
    heldAt: '2099-03-14T09:00:00.000Z',
    stage: 'first',
    format: 'video',
  });
  const start = await callOk(app, 'reflection.getAsks', { interviewId: interview.id });
  expect(start.chosen).toEqual([]);
  expect(start.available.length).toBeGreaterThan(10);
  const [a, b] = start.available;
  const saved = await callOk(app, 'reflection.saveAsks', { interviewId: interview.id, questionIds: [b!.questionId, a!.questionId] });
  expect(saved.chosen.map((q) => q.questionId)).toEqual([b!.questionId, a!.questionId]);
  expect(saved.available.some((q) => q.questionId === a!.questionId)).toBe(false);

  const answerable = app.db
    .prepare<[], { id: number }>("SELECT q.id FROM questions q JOIN banks b ON b.id = q.bank_id WHERE b.purpose = 'answer' LIMIT 1")
    .get()!.id;
  const refused = await call(app, 'reflection.saveAsks', { interviewId: interview.id, questionIds: [a!.questionId, answerable] });
  expect(refused.ok ? null : refused.error.issues?.[0]?.path).toBe('questionIds.1');
  const twice = await call(app, 'reflection.saveAsks', { interviewId: interview.id, questionIds: [a!.questionId, a!.questionId] });
  expect(twice.ok).toBe(false);

  const dataDir = app.dataDir;
  app.close();
  app = open(dataDir);
  const after = await callOk(app, 'reflection.getAsks', { interviewId: interview.id });
  expect(after.chosen.map((q) => q.questionId)).toEqual([b!.questionId, a!.questionId]);

  await callOk(app, 'reflection.deleteInterview', { id: interview.id });
  expect(app.db.prepare('SELECT count(*) AS n FROM interview_asks').get()).toEqual({ n: 0 });
});
