import { describe, expect, test } from 'vitest';
import { maxQuestionsPerSession } from '../../../shared/domain/sessions';
import { useTestCores } from '../../helpers/use-test-cores';
import { call, callOk } from '../../helpers/test-core';

const core = useTestCores();
type App = ReturnType<typeof core>;

/** The user's own bank with three questions, of the purpose given. */
async function ownBank(app: App, purpose?: 'answer' | 'ask') {
  const bank = await callOk(app, 'banks.create', { name: 'My own questions to ask', ...(purpose ? { purpose } : {}) });
  const ids: number[] = [];
  for (const text of ['What does a first year look like here?', 'How is feedback given?', 'What happens after busy season?'])
    ids.push((await callOk(app, 'questions.create', { bankId: bank.id, text, category: 'Role' })).id);
  return { bank, ids };
}

async function interview(app: App) {
  return callOk(app, 'reflection.saveInterview', {
    company: 'Begbies & Co',
    role: 'Audit Associate',
    heldAt: '2099-03-14T09:00:00.000Z',
    stage: 'first',
    format: 'video',
  });
}

/** Question ids of a session over every bank with the most questions allowed: enough to meet any bank's questions. */
async function everyBankSession(app: App, includeQuestionsToAsk = false): Promise<number[]> {
  const options = await callOk(app, 'sessions.setupOptions', {});
  const bankIds = options.banks.map((b) => b.id);
  const seen = new Set<number>();
  for (let i = 0; i < 8; i++) {
    const session = await callOk(app, 'sessions.start', {
      setup: { ...options.defaults, bankIds, count: maxQuestionsPerSession, includeQuestionsToAsk },
    });
    session.items.forEach((item) => seen.add(item.questionId));
  }
  return [...seen];
}

describe("a user's own bank can be one of questions to ask", () => {
  test('a new bank is to answer unless chosen otherwise', async () => {
    const app = core();
    const { bank } = await ownBank(app);
    expect(bank.purpose).toBe('answer');
    expect((await callOk(app, 'banks.get', { id: bank.id })).purpose).toBe('answer');
  });

  test('marked "to ask", it gets the exclusions the built-in one gets, and its questions can be picked for an interview', async () => {
    const app = core();
    const { bank, ids } = await ownBank(app, 'ask');
    expect(bank.purpose).toBe('ask');
    const mine = new Set(ids);

    const options = await callOk(app, 'sessions.setupOptions', {});
    expect(options.banks.find((b) => b.id === bank.id)?.purpose).toBe('ask');
    expect(options.defaults.bankIds).not.toContain(bank.id);
    // Every bank ticked: none of its questions is asked, and the count agrees.
    expect((await everyBankSession(app)).filter((id) => mine.has(id))).toEqual([]);
    const onlyMine = await callOk(app, 'sessions.countMatching', { bankIds: [bank.id], categories: [], tags: [] });
    expect(onlyMine.count).toBe(0);
    const refused = await call(app, 'sessions.start', { setup: { ...options.defaults, bankIds: [bank.id] } });
    expect(refused.ok).toBe(false);
    // A list of ids (due review, plan, weakest again) drops them as well.
    const other = await callOk(app, 'banks.create', { name: 'To answer' });
    const answerable = (await callOk(app, 'questions.create', { bankId: other.id, text: 'Why audit?' })).id;
    const listed = await callOk(app, 'sessions.start', { setup: options.defaults, questionIds: [...ids, answerable], origin: 'review' });
    expect(listed.items.map((i) => i.questionId)).toEqual([answerable]);
    // Included on purpose: then they are asked.
    const included = await callOk(app, 'sessions.countMatching', {
      bankIds: [bank.id],
      categories: [],
      tags: [],
      includeQuestionsToAsk: true,
    });
    expect(included.count).toBe(3);

    // On an interview's "my questions to ask" list.
    const { id: interviewId } = await interview(app);
    const asks = await callOk(app, 'reflection.getAsks', { interviewId });
    expect(asks.available.filter((q) => mine.has(q.questionId)).map((q) => q.bankName)).toEqual([bank.name, bank.name, bank.name]);
    const saved = await callOk(app, 'reflection.saveAsks', { interviewId, questionIds: [ids[2]!, ids[0]!] });
    expect(saved.chosen.map((q) => q.questionId)).toEqual([ids[2], ids[0]]);
  });

  test('switched back to "to answer", its questions are practised again and no longer offered to ask; after a restart too', async () => {
    const app = core();
    const { bank, ids } = await ownBank(app, 'ask');
    const { id: interviewId } = await interview(app);
    const updated = await callOk(app, 'banks.update', { id: bank.id, purpose: 'answer' });
    expect(updated).toMatchObject({ purpose: 'answer', name: bank.name });
    expect(updated.updatedAt >= bank.updatedAt).toBe(true);
    expect((await callOk(app, 'sessions.countMatching', { bankIds: [bank.id], categories: [], tags: [] })).count).toBe(3);
    const asks = await callOk(app, 'reflection.getAsks', { interviewId });
    expect(asks.available.filter((q) => ids.includes(q.questionId))).toEqual([]);
    const refused = await call(app, 'reflection.saveAsks', { interviewId, questionIds: [ids[0]!] });
    expect(refused.ok ? null : refused.error.issues?.[0]?.path).toBe('questionIds.0');

    await callOk(app, 'banks.update', { id: bank.id, purpose: 'ask' });
    const dataDir = app.dataDir;
    app.close();
    const again = core(dataDir);
    expect((await callOk(again, 'banks.get', { id: bank.id })).purpose).toBe('ask');
    expect((await callOk(again, 'banks.list', { includeArchived: false })).find((b) => b.id === bank.id)?.purpose).toBe('ask');
    expect((await callOk(again, 'sessions.countMatching', { bankIds: [bank.id], categories: [], tags: [] })).count).toBe(0);
  });

  test('an unknown purpose is refused at the field and nothing is written, the name in the same request included', async () => {
    const app = core();
    const { bank: created0 } = await ownBank(app, 'ask');
    const bank = await callOk(app, 'banks.get', { id: created0.id });
    const bad = await call(app, 'banks.update', { id: bank.id, name: 'Renamed', purpose: 'maybe' as 'ask' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid_input');
      expect(bad.error.issues?.map((i) => i.path)).toEqual(['purpose']);
    }
    const created = await call(app, 'banks.create', { name: 'Another', purpose: 'both' as 'ask' });
    expect(created.ok ? null : created.error.issues?.[0]?.path).toBe('purpose');
    const after = await callOk(app, 'banks.get', { id: bank.id });
    expect(after).toEqual(bank);
    expect((await callOk(app, 'banks.list', { includeArchived: true })).some((b) => b.name === 'Another')).toBe(false);
  });
});
