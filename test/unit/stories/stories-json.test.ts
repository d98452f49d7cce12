import { describe, expect, test } from 'vitest';
import { call, callOk } from '../../helpers/test-core';
import { useTestCores } from '../../helpers/use-test-cores';
import { insertBank, insertQuestion } from '../sessions/fixtures';

const core = useTestCores();

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const count = (app: ReturnType<typeof core>, table: string) =>
  (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('stories in the JSON bank format', () => {
  test('an exported bank file brings its stories, links and uses into another data folder; importing twice adds no copies', async () => {
    const from = core();
    const bank = insertBank(from.db, 'Competency interviews');
    const q1 = insertQuestion(from.db, bank, { text: 'A time you worked in a team?' });
    const q2 = insertQuestion(from.db, bank, { text: 'A time under pressure?' });
    const story = await callOk(from, 'stories.create', {
      fields: { title: 'Month-end rescue', situation: 'Audit', action: 'I rebuilt it', competencies: ['Teamwork', 'Planning'] },
      questionId: q1,
    });
    await callOk(from, 'stories.linkQuestion', { storyId: story.id, questionId: q2 });
    await callOk(from, 'stories.addUse', { storyId: story.id, use: { company: 'Acme', usedOn: '2026-03-02' } });
    const file = await callOk(from, 'banks.export', { format: 'json' });
    expect(JSON.parse(file.content).stories).toHaveLength(1);

    const to = core();
    const result = await callOk(to, 'banks.import', { fileName: file.fileName, base64: base64(file.content), duplicates: 'skip' });
    expect(result.storiesAdded).toBe(1);
    const [imported] = await callOk(to, 'stories.list', {});
    const detail = await callOk(to, 'stories.get', { id: imported!.id });
    expect(detail).toMatchObject({
      title: 'Month-end rescue',
      situation: 'Audit',
      competencies: ['Planning', 'Teamwork'],
      questionCount: 2,
    });
    expect(detail.questions.map((q) => q.text)).toEqual(['A time you worked in a team?', 'A time under pressure?']);
    expect(detail.uses).toMatchObject([{ company: 'Acme', usedOn: '2026-03-02' }]);

    const again = await callOk(to, 'banks.import', { fileName: file.fileName, base64: base64(file.content), duplicates: 'skip' });
    expect(again.storiesAdded ?? 0).toBe(0);
    expect(count(to, 'stories')).toBe(1);
    expect(count(to, 'question_stories')).toBe(2);
  });

  test('a story naming a question the file does not have, or a bad field, is refused with its place and nothing is written', async () => {
    const app = core();
    const file = (stories: unknown) =>
      base64(
        JSON.stringify({
          format: 'rehearse-question-banks',
          formatVersion: 1,
          banks: [{ name: 'Imported', questions: [{ text: 'Why us?' }] }],
          stories,
        }),
      );
    const badRef = await call(app, 'banks.import', {
      fileName: 'b.json',
      base64: file([{ title: 'T', questions: [{ bank: 0, question: 5 }] }]),
      duplicates: 'skip',
    });
    expect(badRef).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!badRef.ok) expect(badRef.error.message).toContain('stories[0].questions[0]');
    const badTitle = await call(app, 'banks.import', { fileName: 'b.json', base64: file([{ title: '\u0007' }]), duplicates: 'skip' });
    expect(badTitle.ok).toBe(false);
    expect(count(app, 'stories')).toBe(0);
    expect(count(app, 'questions WHERE text = ' + "'Why us?'")).toBe(0);
  });
});
