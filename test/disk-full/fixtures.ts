import type { AppCore } from '../../electron/main/app-core';
import { answer, interview, setup } from './inputs';
import type { Fixtures } from './scenario-types';

/** Makes the fixtures through the dispatcher, before the disk fills. */
export async function makeFixtures(core: AppCore): Promise<Fixtures> {
  const ok = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await core.dispatch(channel, input, { transport: 'test' });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  const bank = await ok<{ id: number }>('banks.create', { name: 'Disk-full bank', description: '' });
  const other = await ok<{ id: number }>('banks.create', { name: 'Disk-full other bank', description: '' });
  const questionIds: number[] = [];
  for (let i = 0; i < 4; i++)
    questionIds.push((await ok<{ id: number }>('questions.create', { bankId: bank.id, text: `Fixture question ${i}?` })).id);
  const history = await ok<{ id: number }>('banks.create', { name: 'Disk-full history bank', description: '' });
  const historyQuestion = await ok<{ id: number }>('questions.create', { bankId: history.id, text: 'History question?' });
  const historySession = await ok<{ id: number }>('sessions.start', {
    setup: { ...setup, bankIds: [history.id], count: 1 },
    questionIds: [historyQuestion.id],
  });
  await ok('sessions.saveAnswer', answer(historySession.id, 'history'));
  await ok('banks.remove', { id: history.id });
  const saved = await ok<{ id: number }>('reflection.saveInterview', interview('Fixture company'));
  const action = await ok<{ id: number }>('reflection.createAction', { kind: 'skill', title: 'Fixture action' });
  const asks = await ok<{ available: { questionId: number }[] }>('reflection.getAsks', { interviewId: saved.id });
  const askQuestionIds = asks.available.slice(0, 3).map((q) => q.questionId);
  if (askQuestionIds.length < 3) throw new Error('The starter content has fewer than 3 questions to ask');
  const planQuestionIds: number[] = [];
  for (let i = 0; i < 3; i++)
    planQuestionIds.push((await ok<{ id: number }>('questions.create', { bankId: other.id, text: `Plan question ${i}?` })).id);
  const story = await ok<{ id: number }>('stories.create', { fields: { title: 'Fixture story', competencies: ['Teamwork'] } });
  const rehearsal = await ok<{ id: number }>('stories.create', {
    fields: { title: 'Fixture rehearsal story', competencies: ['Teamwork', 'Leadership'] },
  });
  // Pools for the scenarios that end, remove or delete, so they have work after the disk fills.
  const made: Fixtures['made'] = { interviews: [], actions: [], banks: [], stories: [], uses: [], links: [] };
  for (let i = 0; i < 20; i++) {
    made.stories.push((await ok<{ id: number }>('stories.create', { fields: { title: `Pool story ${i}` } })).id);
    const linked = await ok<{ id: number }>('questions.create', { bankId: other.id, text: `Story link question ${i}?` });
    await ok('stories.linkQuestion', { storyId: story.id, questionId: linked.id });
    made.links.push(linked.id);
    const company = `Pool use ${i}`;
    const told = await ok<{ uses: { id: number; company: string }[] }>('stories.addUse', { storyId: story.id, use: { company } });
    made.uses.push(told.uses.find((u) => u.company === company)!.id);
  }
  for (let i = 0; i < 60; i++) {
    made.banks.push((await ok<{ id: number }>('banks.create', { name: `Pool bank ${i}`, description: '' })).id);
    // A long job description each, so the database outgrows the file size limit and a backup of it is refused.
    const long = { ...interview(`Pool company ${i}`), jobDescription: 'Requirements. '.repeat(1400) };
    made.interviews.push((await ok<{ id: number }>('reflection.saveInterview', long)).id);
    made.actions.push((await ok<{ id: number }>('reflection.createAction', { kind: 'skill', title: `Pool action ${i}` })).id);
  }
  // Last: starting a session ends the one before.
  const session = await ok<{ id: number }>('sessions.start', {
    setup: { ...setup, bankIds: [bank.id], count: 2 },
    questionIds: questionIds.slice(0, 2),
  });
  return {
    bankId: bank.id,
    otherBankId: other.id,
    historyBankId: history.id,
    historyArchived: true,
    questionIds,
    sessionId: session.id,
    interviewId: saved.id,
    actionId: action.id,
    askQuestionIds,
    planQuestionIds,
    storyId: story.id,
    rehearsalStoryId: rehearsal.id,
    made,
  };
}
