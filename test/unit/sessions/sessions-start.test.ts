import { describe, expect, test } from 'vitest';
import { call, callOk } from '../../helpers/test-core';
import { useTestCores } from '../../helpers/use-test-cores';
import { insertBank, insertQuestion, rated, setupFor } from './fixtures';

const core = useTestCores();

describe('starting a session', () => {
  test('draws only live questions of the chosen banks, categories and tags, up to the count', async () => {
    const app = core();
    const bank = insertBank(app.db, 'Mine');
    const other = insertBank(app.db, 'Other');
    const archivedBank = insertBank(app.db, 'Old', true);
    const teamwork = insertQuestion(app.db, bank, { category: 'Teamwork', tags: ['team'] });
    const teamwork2 = insertQuestion(app.db, bank, { category: 'Teamwork', tags: ['conflict'] });
    insertQuestion(app.db, bank, { category: 'Teamwork', tags: ['team'], archived: true });
    insertQuestion(app.db, bank, { category: 'Motivation', tags: ['team'] });
    insertQuestion(app.db, other, { category: 'Teamwork', tags: ['team'] });
    insertQuestion(app.db, archivedBank, { category: 'Teamwork', tags: ['team'] });

    const byCategory = await callOk(app, 'sessions.start', { setup: setupFor([bank], { categories: ['Teamwork'] }) });
    expect(byCategory.items.map((i) => i.questionId).sort()).toEqual([teamwork, teamwork2].sort());

    const byTag = await callOk(app, 'sessions.start', { setup: setupFor([bank], { categories: ['Teamwork'], tags: ['team'] }) });
    expect(byTag.items.map((i) => i.questionId)).toEqual([teamwork]);

    const limited = await callOk(app, 'sessions.start', { setup: setupFor([bank, other], { count: 2 }) });
    expect(limited.items).toHaveLength(2);
    expect(limited.items.map((i) => i.position)).toEqual([0, 1]);
    await expect(
      callOk(app, 'sessions.countMatching', { bankIds: [bank, archivedBank], categories: ['Teamwork'], tags: [] }),
    ).resolves.toEqual({ count: 2 });
  });

  test('works out think and answer limits from the set-up: suggested or fixed time, stretched by the multiplier, none when untimed', async () => {
    const app = core();
    const bank = insertBank(app.db, 'Mine');
    insertQuestion(app.db, bank, { suggestedSeconds: 90 });
    const suggested = await callOk(app, 'sessions.start', { setup: setupFor([bank], { thinkSeconds: 30, multiplier: 1.5 }) });
    expect(suggested.items[0]).toMatchObject({ thinkLimitMs: 45_000, answerLimitMs: 135_000 });
    const fixed = await callOk(app, 'sessions.start', {
      setup: setupFor([bank], { answerTimeSource: 'fixed', answerSeconds: 60, multiplier: 2 }),
    });
    expect(fixed.items[0]).toMatchObject({ thinkLimitMs: 40_000, answerLimitMs: 120_000 });
    const untimed = await callOk(app, 'sessions.start', { setup: setupFor([bank], { pressure: 'untimed' }) });
    expect(untimed.items[0]).toMatchObject({ thinkLimitMs: null, answerLimitMs: null });
  });

  test('refuses a set-up nothing matches, naming the field, and an out-of-range count', async () => {
    const app = core();
    const bank = insertBank(app.db, 'Empty');
    const none = await call(app, 'sessions.start', { setup: setupFor([bank]) });
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'setup.bankIds' }] } });
    const tooMany = await call(app, 'sessions.start', { setup: setupFor([bank], { count: 21 }) });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'setup.count' }] } });
    const extra = await call(app, 'sessions.start', { setup: { ...setupFor([bank]), surprise: true } as never });
    expect(extra.ok).toBe(false);
  });

  test('explicit question ids keep their order and drop archived questions', async () => {
    const app = core();
    const bank = insertBank(app.db, 'Mine');
    const a = insertQuestion(app.db, bank);
    const b = insertQuestion(app.db, bank);
    const gone = insertQuestion(app.db, bank, { archived: true });
    const session = await callOk(app, 'sessions.start', { setup: setupFor([bank]), questionIds: [b, gone, a] });
    expect(session.items.map((i) => i.questionId)).toEqual([b, a]);
    const nothing = await call(app, 'sessions.start', { setup: setupFor([bank]), questionIds: [gone] });
    expect(nothing).toMatchObject({ ok: false, error: { issues: [{ path: 'questionIds' }] } });
  });

  test('weakest first puts the lowest-rated questions first once there is history', async () => {
    const app = core();
    const bank = insertBank(app.db, 'Mine');
    const ids = [insertQuestion(app.db, bank), insertQuestion(app.db, bank), insertQuestion(app.db, bank)];
    expect((await callOk(app, 'sessions.setupOptions', {})).hasHistory).toBe(false);

    const first = await callOk(app, 'sessions.start', { setup: setupFor([bank], { count: 3 }), questionIds: ids });
    await callOk(app, 'sessions.saveAnswer', rated(first.id, 0, 5));
    await callOk(app, 'sessions.saveAnswer', rated(first.id, 1, 1));
    await callOk(app, 'sessions.saveAnswer', rated(first.id, 2, 3));
    await callOk(app, 'sessions.end', { sessionId: first.id });
    expect((await callOk(app, 'sessions.setupOptions', {})).hasHistory).toBe(true);

    const weakest = await callOk(app, 'sessions.start', { setup: setupFor([bank], { count: 2, order: 'weakest' }) });
    expect(weakest.items.map((i) => i.questionId)).toEqual([ids[1], ids[2]]);
    // Rated 1 ("Again") is due again within the day; the others are scheduled days away.
    const due = await callOk(app, 'sessions.start', { setup: setupFor([bank], { count: 1, order: 'due' }) });
    expect(due.items.map((i) => i.questionId)).toEqual([ids[1]]);
  });
});

describe('set-up options and the last set-up', () => {
  test('defaults follow the preferences; the last session’s set-up is remembered without banks archived since', async () => {
    const app = core();
    await callOk(app, 'settings.update', { thinkSeconds: 45, recording: 'audio', answerTimeSource: 'fixed', answerSeconds: 90 });
    const bank = insertBank(app.db, 'Mine');
    const spare = insertBank(app.db, 'Spare');
    insertQuestion(app.db, bank, { category: 'Zeta teamwork', tags: ['zteam'] });
    insertQuestion(app.db, spare, { category: 'Zeta teamwork' });

    const before = await callOk(app, 'sessions.setupOptions', {});
    expect(before.lastSetup).toBeNull();
    expect(before.defaults).toMatchObject({ thinkSeconds: 45, recording: 'audio', answerTimeSource: 'fixed', answerSeconds: 90, count: 5 });
    expect(before.defaults.bankIds).toEqual(expect.arrayContaining([bank, spare]));
    expect(before.categories.find((c) => c.name === 'Zeta teamwork')).toMatchObject({
      count: 2,
      bankIds: expect.arrayContaining([bank, spare]),
    });
    expect(before.tags.find((t) => t.name === 'zteam')).toMatchObject({ count: 1, bankIds: [bank] });

    const chosen = setupFor([bank, spare], { count: 2, pressure: 'hard', multiplier: 2 });
    await callOk(app, 'sessions.start', { setup: chosen });
    expect((await callOk(app, 'sessions.setupOptions', {})).lastSetup).toEqual(chosen);

    app.db.prepare('UPDATE banks SET archived_at = ? WHERE id = ?').run('2026-03-02T00:00:00.000Z', spare);
    expect((await callOk(app, 'sessions.setupOptions', {})).lastSetup).toEqual({ ...chosen, bankIds: [bank] });
  });
});
