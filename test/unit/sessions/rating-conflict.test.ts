import { expect, test } from 'vitest';
import { emptyRatingBase, ratingBaseOf, type SessionAnswer } from '../../../shared/domain/answers';
import { tablesFingerprint } from '../../helpers/db-fingerprint';
import { call, callOk } from '../../helpers/test-core';
import { useTestCores } from '../../helpers/use-test-cores';
import { insertBank, insertQuestion, noChecks, rated, setupFor } from './fixtures';

// Two tabs on one running practice session rate the same position (issue 16, item 2): each save carries the
// rating as that tab loaded or last saved it (`base`), through the real dispatcher and a real SQLite file.
const core = useTestCores();

async function twoTabs() {
  const app = core();
  const bank = insertBank(app.db, 'Mine');
  const ids = [insertQuestion(app.db, bank), insertQuestion(app.db, bank)];
  const session = await callOk(app, 'sessions.start', { setup: setupFor([bank], { count: 2 }), questionIds: ids });
  return { app, sessionId: session.id };
}

const base = (answer: SessionAnswer | null) => ratingBaseOf(answer);

test('different fields changed in two tabs merge: the note of one and the confidence of the other are both kept', async () => {
  const { app, sessionId } = await twoTabs();
  const first = await callOk(app, 'sessions.saveAnswer', { ...rated(sessionId, 0, 3), base: emptyRatingBase() });
  // Both tabs now hold `first`. Tab A writes a note; tab B, still on `first`, changes the confidence.
  const a = await callOk(app, 'sessions.saveAnswer', { ...rated(sessionId, 0, 3, { note: 'Use the STAR order' }), base: base(first) });
  expect(a).toMatchObject({ confidence: 3, note: 'Use the STAR order' });
  const b = await callOk(app, 'sessions.saveAnswer', {
    ...rated(sessionId, 0, 5, { timeUsedMs: 90_000 }),
    selfCheck: { ...noChecks, pace: true },
    base: base(first),
  });
  expect(b).toMatchObject({ confidence: 5, note: 'Use the STAR order', selfCheck: { pace: true }, timeUsedMs: 90_000, id: first.id });
  const stored = await callOk(app, 'sessions.get', { sessionId });
  expect(stored.items[0]!.answer).toMatchObject({ confidence: 5, note: 'Use the STAR order', selfCheck: { pace: true } });
});

test('the same field changed in two tabs is refused with the stored value, and nothing is written', async () => {
  const { app, sessionId } = await twoTabs();
  const first = await callOk(app, 'sessions.saveAnswer', { ...rated(sessionId, 0, 3), base: emptyRatingBase() });
  await callOk(app, 'sessions.saveAnswer', { ...rated(sessionId, 0, 4, { note: 'Tab A' }), base: base(first) });
  const before = tablesFingerprint(app.db);
  const refused = await call(app, 'sessions.saveAnswer', {
    ...rated(sessionId, 0, 2, { note: 'Tab B', struggled: true }),
    base: base(first),
  });
  expect(refused.ok).toBe(false);
  if (refused.ok) return;
  expect(refused.error.code).toBe('conflict');
  expect(refused.error.message).toMatch(
    /^Changed in another window since you opened this page: the confidence rating, the note\. Nothing was saved/,
  );
  expect(refused.error.issues).toEqual([
    { path: 'confidence', message: expect.stringMatching(/^The confidence rating was changed in another window/), saved: 4 },
    { path: 'note', message: expect.stringMatching(/^The note was changed in another window/), saved: 'Tab A' },
  ]);
  expect(tablesFingerprint(app.db)).toEqual(before);
  // The same value from both tabs is no conflict.
  expect(await callOk(app, 'sessions.saveAnswer', { ...rated(sessionId, 0, 4, { note: 'Tab A' }), base: base(first) })).toMatchObject({
    confidence: 4,
  });
});

test('"Keep mine" against the reported value overwrites it; a third tab changing it meanwhile is refused again', async () => {
  const { app, sessionId } = await twoTabs();
  const first = await callOk(app, 'sessions.saveAnswer', { ...rated(sessionId, 1, 3), base: emptyRatingBase() });
  await callOk(app, 'sessions.saveAnswer', { ...rated(sessionId, 1, 4), base: base(first) });
  const refused = await call(app, 'sessions.saveAnswer', { ...rated(sessionId, 1, 1, { note: 'Mine' }), base: base(first) });
  const saved = refused.ok ? undefined : refused.error.issues?.[0]?.saved;
  expect(saved).toBe(4);
  // A third tab, also on `first`, rates 2 before this tab chooses; only the confidence clashed before.
  const third = await callOk(app, 'sessions.saveAnswer', { ...rated(sessionId, 1, 2), base: { ...base(first), confidence: 4 } });
  expect(third.confidence).toBe(2);
  const again = await call(app, 'sessions.saveAnswer', {
    ...rated(sessionId, 1, 1, { note: 'Mine' }),
    base: { ...base(first), confidence: 4 },
  });
  expect(again.ok ? undefined : again.error.issues).toEqual([expect.objectContaining({ path: 'confidence', saved: 2 })]);
  const kept = await callOk(app, 'sessions.saveAnswer', {
    ...rated(sessionId, 1, 1, { note: 'Mine' }),
    base: { ...base(first), confidence: 2 },
  });
  expect(kept).toMatchObject({ confidence: 1, note: 'Mine' });
});

test('a skip and a rating of one question in two tabs clash as one field, never a skipped answer with a confidence', async () => {
  const { app, sessionId } = await twoTabs();
  await callOk(app, 'sessions.saveAnswer', { ...rated(sessionId, 0, 3, { note: 'Tab A' }), base: emptyRatingBase() });
  // Tab B opened the session before A's rating and skips the question.
  const skip = await call(app, 'sessions.saveAnswer', {
    ...rated(sessionId, 0, 1),
    confidence: null,
    skipped: true,
    base: emptyRatingBase(),
  });
  expect(skip.ok ? undefined : skip.error.issues).toEqual([expect.objectContaining({ path: 'confidence', saved: 3 })]);
  // The other way round: stored skipped, a rating from a tab that had not seen it reports 'skipped'.
  const skipped = await callOk(app, 'sessions.saveAnswer', {
    ...rated(sessionId, 1, 1),
    confidence: null,
    skipped: true,
    base: emptyRatingBase(),
  });
  const rating = await call(app, 'sessions.saveAnswer', { ...rated(sessionId, 1, 4), base: emptyRatingBase() });
  expect(rating.ok ? undefined : rating.error.issues).toEqual([expect.objectContaining({ path: 'confidence', saved: 'skipped' })]);
  // A note from a tab that holds the skip merges with it and keeps it skipped.
  const noted = await callOk(app, 'sessions.saveAnswer', {
    ...rated(sessionId, 1, 1),
    confidence: null,
    skipped: true,
    note: 'Later',
    base: base(skipped),
  });
  expect(noted).toMatchObject({ skipped: true, confidence: null, note: 'Later' });
});

test('a save without a base (a client that predates it) still saves, last write wins; a malformed base is refused by name', async () => {
  const { app, sessionId } = await twoTabs();
  await callOk(app, 'sessions.saveAnswer', { ...rated(sessionId, 0, 3, { note: 'A' }), base: emptyRatingBase() });
  expect(await callOk(app, 'sessions.saveAnswer', rated(sessionId, 0, 5))).toMatchObject({ confidence: 5, note: '' });
  const bad = await call(app, 'sessions.saveAnswer', { ...rated(sessionId, 0, 5), base: { ...emptyRatingBase(), confidence: 9 } });
  expect(bad.ok ? undefined : bad.error).toMatchObject({
    code: 'invalid_input',
    issues: [expect.objectContaining({ path: 'base.confidence' })],
  });
});
