import { describe, expect, test } from 'vitest';
import { builtInCompetencyNames } from '../../../shared/domain/stories/stories';
import { call, callOk } from '../../helpers/test-core';
import { useTestCores } from '../../helpers/use-test-cores';
import { insertBank, insertQuestion, noChecks, setupFor } from '../sessions/fixtures';

const core = useTestCores();

const fields = {
  title: '  Month-end   rescue ',
  situation: 'Audit season',
  task: 'Close the books',
  action: 'I rebuilt the reconciliation',
  result: 'Signed off two days early',
  competencies: ['teamwork', 'Dealing with pressure', 'TEAMWORK', 'Negotiation'],
};

describe('story bank', () => {
  test('a story is created cleaned, linked to questions, used at companies, and survives reopening', async () => {
    const app = core();
    const bank = insertBank(app.db, 'Competency');
    const q1 = insertQuestion(app.db, bank, { text: 'Tell me about a conflict' });
    const q2 = insertQuestion(app.db, bank, { text: 'A time under pressure' });
    const story = await callOk(app, 'stories.create', { fields, questionId: q1 });
    expect(story).toMatchObject({
      title: 'Month-end rescue',
      competencies: ['Dealing with pressure', 'Negotiation', 'Teamwork'],
      questions: [{ questionId: q1 }],
      lastRehearsedAt: null,
    });
    await callOk(app, 'stories.linkQuestion', { storyId: story.id, questionId: q2 });
    await callOk(app, 'stories.linkQuestion', { storyId: story.id, questionId: q2 });
    await callOk(app, 'stories.addUse', { storyId: story.id, use: { company: 'Acme LLP', usedOn: '2026-03-02' } });
    expect((await callOk(app, 'stories.forQuestion', { questionId: q2 })).map((s) => s.id)).toEqual([story.id]);
    expect(await callOk(app, 'stories.competencies', {})).toEqual([...builtInCompetencyNames, 'Negotiation']);
    app.close();

    const again = core(app.dataDir);
    const read = await callOk(again, 'stories.get', { id: story.id });
    expect(read.questions.map((q) => q.questionId)).toEqual([q1, q2]);
    expect(read.uses).toMatchObject([{ company: 'Acme LLP', usedOn: '2026-03-02', interviewId: null }]);
    expect(read.questionCount).toBe(2);
  });

  test('bad input names the field and writes nothing', async () => {
    const app = core();
    const empty = await call(app, 'stories.create', { fields: { ...fields, title: '   ' } });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!empty.ok) expect(empty.error.issues?.[0]?.path).toBe('fields.title');
    const tab = await call(app, 'stories.create', { fields: { ...fields, competencies: ['Bad\tname'] } });
    expect(tab.ok).toBe(false);
    const missingQuestion = await call(app, 'stories.create', { fields, questionId: 999 });
    expect(missingQuestion).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const badDay = await call(app, 'stories.addUse', { storyId: 1, use: { company: 'X', usedOn: '2026-02-30' } });
    expect(badDay.ok).toBe(false);
    expect(app.db.prepare('SELECT count(*) AS n FROM stories').get()).toEqual({ n: 0 });
  });

  test('rehearsing asks one "tell me about a time" question per competency and counts as a rehearsal once answered', async () => {
    const app = core();
    const bank = insertBank(app.db, 'Mine');
    expect((await callOk(app, 'stories.gaps', {})).storyCount).toBe(0);
    const story = await callOk(app, 'stories.create', { fields: { ...fields, competencies: ['Teamwork', 'Conflict'] } });
    const gapsBefore = await callOk(app, 'stories.gaps', {});
    expect(gapsBefore.storyCount).toBe(1);
    expect(gapsBefore.competenciesWithoutStory).not.toContain('Teamwork');
    expect(gapsBefore.competenciesWithoutStory).toContain('Leadership');
    expect(gapsBefore.notRehearsedLately.map((s) => s.id)).toEqual([story.id]);

    const { sessionId } = await callOk(app, 'stories.rehearse', { storyId: story.id, setup: setupFor([bank]) });
    const session = await callOk(app, 'sessions.get', { sessionId });
    expect(session.items.map((i) => i.text).sort()).toEqual([
      'Tell me about a time you dealt with a conflict or disagreement.',
      'Tell me about a time you worked well as part of a team.',
    ]);
    expect(session.items.every((i) => i.bankName === 'Story rehearsal')).toBe(true);
    await callOk(app, 'sessions.saveAnswer', {
      sessionId,
      position: 0,
      confidence: 4,
      skipped: false,
      timeUsedMs: 60_000,
      cutOffAtLimit: false,
      selfCheck: noChecks,
      note: '',
      struggled: false,
    });
    const after = await callOk(app, 'stories.get', { id: story.id });
    expect(after.lastRehearsedAt).not.toBeNull();
    expect(after.questions).toHaveLength(2);
    expect((await callOk(app, 'stories.gaps', {})).notRehearsedLately).toEqual([]);

    // A second rehearsal reuses the same prompt questions.
    const second = await callOk(app, 'stories.rehearse', { storyId: story.id, setup: setupFor([bank]) });
    const items = (await callOk(app, 'sessions.get', { sessionId: second.sessionId })).items;
    expect(items.map((i) => i.questionId).sort()).toEqual(session.items.map((i) => i.questionId).sort());
  });

  test('rehearsing asks the questions the story is linked to first, then one prompt per competency, in competency-interview wording', async () => {
    const app = core();
    const bank = insertBank(app.db, 'Mine');
    const linkedFirst = insertQuestion(app.db, bank, { text: 'Why do you want to work in audit?' });
    const linkedSecond = insertQuestion(app.db, bank, { text: 'Describe a difficult client.' });
    const story = await callOk(app, 'stories.create', { fields: { ...fields, competencies: ['Client management'] } });
    await callOk(app, 'stories.linkQuestion', { storyId: story.id, questionId: linkedFirst });
    await callOk(app, 'stories.linkQuestion', { storyId: story.id, questionId: linkedSecond });
    const { sessionId } = await callOk(app, 'stories.rehearse', { storyId: story.id, setup: setupFor([bank]) });
    expect((await callOk(app, 'sessions.get', { sessionId })).items.map((i) => i.text)).toEqual([
      'Why do you want to work in audit?',
      'Describe a difficult client.',
      'Tell me about a time you demonstrated client management.',
    ]);

    // Without competencies, the linked questions alone are a rehearsal; no rehearsal bank is made for it.
    const plain = await callOk(app, 'stories.create', { fields: { title: 'Linked only' } });
    await callOk(app, 'stories.linkQuestion', { storyId: plain.id, questionId: linkedFirst });
    const second = await callOk(app, 'stories.rehearse', { storyId: plain.id, setup: setupFor([bank]) });
    expect((await callOk(app, 'sessions.get', { sessionId: second.sessionId })).items.map((i) => i.questionId)).toEqual([linkedFirst]);
  });

  test('a story with neither linked questions nor competencies cannot be rehearsed, and nothing is made', async () => {
    const app = core();
    const bank = insertBank(app.db, 'Mine');
    const story = await callOk(app, 'stories.create', { fields: { title: 'Bare' } });
    const result = await call(app, 'stories.rehearse', { storyId: story.id, setup: setupFor([bank]) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(app.db.prepare("SELECT count(*) AS n FROM banks WHERE name = 'Story rehearsal'").get()).toEqual({ n: 0 });
    expect(app.db.prepare('SELECT count(*) AS n FROM practice_sessions').get()).toEqual({ n: 0 });
  });

  test('deleting a story removes its links and uses but keeps the questions', async () => {
    const app = core();
    const bank = insertBank(app.db, 'Mine');
    const q = insertQuestion(app.db, bank, {});
    const story = await callOk(app, 'stories.create', { fields, questionId: q });
    await callOk(app, 'stories.addUse', { storyId: story.id, use: { company: 'Acme' } });
    await callOk(app, 'stories.remove', { id: story.id });
    for (const table of ['question_stories', 'story_uses', 'story_competencies']) {
      expect(app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    expect(app.db.prepare('SELECT count(*) AS n FROM questions WHERE id = ?').get(q)).toEqual({ n: 1 });
  });
});
