import { describe, expect, test } from 'vitest';
import { maxQuestionsPerSession, type SessionSetup } from '../../../shared/domain/sessions';
import { call, callOk } from '../../helpers/test-core';
import { useTestCores } from '../../helpers/use-test-cores';
import { rated } from './fixtures';

const core = useTestCores();

type App = ReturnType<typeof core>;

/** Ids of the questions in banks whose purpose is 'ask' (the starter "Questions to ask the interviewer"). */
function askIds(app: App): Set<number> {
  const rows = app.db
    .prepare<[], { id: number }>("SELECT q.id FROM questions q JOIN banks b ON b.id = q.bank_id WHERE b.purpose = 'ask'")
    .all();
  return new Set(rows.map((r) => r.id));
}

function allBankIds(app: App): number[] {
  return app.db
    .prepare<[], { id: number }>('SELECT id FROM banks')
    .all()
    .map((r) => r.id);
}

async function questionIdsOf(app: App, setup: SessionSetup, questionIds?: number[], origin?: 'own' | 'review') {
  const session = await callOk(app, 'sessions.start', { setup, ...(questionIds ? { questionIds } : {}), ...(origin ? { origin } : {}) });
  return { id: session.id, ids: session.items.map((i) => i.questionId) };
}

describe('questions to ask the interviewer are not answers', () => {
  test('the shipped bank is marked "to ask" and the default set-up leaves it out', async () => {
    const app = core();
    const asks = askIds(app);
    expect(asks.size).toBeGreaterThan(10);
    const options = await callOk(app, 'sessions.setupOptions', {});
    const askBank = options.banks.find((b) => b.purpose === 'ask');
    expect(askBank?.name).toBe('Questions to ask the interviewer');
    expect(options.defaults.bankIds).not.toContain(askBank!.id);
    expect(options.defaults.includeQuestionsToAsk).toBe(false);
  });

  test('every way of building a session leaves them out unless the set-up includes them', async () => {
    const app = core();
    const asks = askIds(app);
    const options = await callOk(app, 'sessions.setupOptions', {});
    // A set-up stored before version 8 ticked every bank and has no includeQuestionsToAsk: it reads as false.
    const everyBank: SessionSetup = { ...options.defaults, bankIds: allBankIds(app), count: maxQuestionsPerSession };
    for (let i = 0; i < 5; i++) {
      const { ids } = await questionIdsOf(app, everyBank);
      expect(ids.filter((id) => asks.has(id))).toEqual([]);
    }
    // Counting agrees with starting.
    const counted = await callOk(app, 'sessions.countMatching', { bankIds: allBankIds(app), categories: [], tags: [] });
    const answerable = app.db
      .prepare<[], { n: number }>("SELECT count(*) AS n FROM questions q JOIN banks b ON b.id = q.bank_id WHERE b.purpose = 'answer'")
      .get()!.n;
    expect(counted.count).toBe(answerable);
    // Only the ask bank, not included: nothing to practise, and the message names the field.
    const askBankId = options.banks.find((b) => b.purpose === 'ask')!.id;
    const refused = await call(app, 'sessions.start', { setup: { ...options.defaults, bankIds: [askBankId] } });
    expect(refused.ok).toBe(false);
    // A list of ids (a due review, "practise the weakest again", a preset) drops them too.
    const mixed = [...asks].slice(0, 2);
    const someAnswerable = app.db
      .prepare<[], { id: number }>("SELECT q.id FROM questions q JOIN banks b ON b.id = q.bank_id WHERE b.purpose = 'answer' LIMIT 2")
      .all()
      .map((r) => r.id);
    const picked = await questionIdsOf(app, options.defaults, [...mixed, ...someAnswerable], 'review');
    expect(picked.ids).toEqual(someAnswerable);
    // Included on purpose: then they are asked.
    const included = await questionIdsOf(app, { ...options.defaults, bankIds: [askBankId], includeQuestionsToAsk: true, count: 3 });
    expect(included.ids.every((id) => asks.has(id))).toBe(true);
  });
});

describe('"Same again?" stays the user\'s own set-up', () => {
  test('a due review, a weakest-again or a picked session does not replace it; after a restart too', async () => {
    const app = core();
    const options = await callOk(app, 'sessions.setupOptions', {});
    const own: SessionSetup = { ...options.defaults, count: 2, order: 'random', thinkSeconds: 7 };
    const first = await questionIdsOf(app, own);
    await callOk(app, 'sessions.saveAnswer', rated(first.id, 0, 2));
    await questionIdsOf(app, { ...own, order: 'due', thinkSeconds: 60 }, first.ids, 'review');
    await callOk(app, 'sessions.start', { setup: { ...own, thinkSeconds: 90 }, questionIds: first.ids, origin: 'weakest' });
    // No origin with a list of ids: 'picked', not the user's own.
    await callOk(app, 'sessions.start', { setup: { ...own, thinkSeconds: 120 }, questionIds: first.ids });
    expect((await callOk(app, 'sessions.setupOptions', {})).lastSetup).toEqual(own);

    const dataDir = app.dataDir;
    app.close();
    const again = core(dataDir);
    expect((await callOk(again, 'sessions.setupOptions', {})).lastSetup).toEqual(own);
    const origins = again.db
      .prepare<[], { origin: string }>('SELECT origin FROM practice_sessions ORDER BY id')
      .all()
      .map((r) => r.origin);
    expect(origins).toEqual(['own', 'review', 'weakest', 'picked']);
  });
});

describe('the rating after reading the guidance', () => {
  test('is its own fact beside the blind rating: a correction of the first keeps it, null clears it, a skip refuses it', async () => {
    const app = core();
    const options = await callOk(app, 'sessions.setupOptions', {});
    const { id } = await questionIdsOf(app, { ...options.defaults, count: 2 });
    await callOk(app, 'sessions.saveAnswer', rated(id, 0, 2));
    const guided = await callOk(app, 'sessions.saveGuidedConfidence', { sessionId: id, position: 0, guidedConfidence: 4 });
    expect(guided).toMatchObject({ confidence: 2, guidedConfidence: 4 });
    expect(guided.guidedAt).not.toBeNull();
    const corrected = await callOk(app, 'sessions.saveAnswer', rated(id, 0, 3));
    expect(corrected).toMatchObject({ confidence: 3, guidedConfidence: 4 });
    const none = await call(app, 'sessions.saveGuidedConfidence', { sessionId: id, position: 1, guidedConfidence: 4 });
    expect(none.ok).toBe(false);
    const bad = await call(app, 'sessions.saveGuidedConfidence', { sessionId: id, position: 0, guidedConfidence: 6 });
    expect(bad.ok ? null : bad.error.issues?.[0]?.path).toBe('guidedConfidence');
    const cleared = await callOk(app, 'sessions.saveGuidedConfidence', { sessionId: id, position: 0, guidedConfidence: null });
    expect(cleared).toMatchObject({ guidedConfidence: null, guidedAt: null, confidence: 3 });
  });
});
