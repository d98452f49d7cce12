import { afterEach, describe, expect, test } from 'vitest';
import { removeTempDirs } from '../../helpers/temp-dir';
import { call, callOk } from '../../helpers/test-core';
import { acme, type Clock, logInterview, openCoreAt } from './reflection-core';

/*
 * Issue 10, item 7: any reminder clears when its email is marked sent or the
 * user dismisses it. Dismissals are rows (reminder_dismissals), so they survive
 * a restart and travel with backups; a rescheduled interview reminds again.
 */

afterEach(removeTempDirs);

const day = 86_400_000;

async function thankYouShown(core: ReturnType<typeof openCoreAt>, interviewId: number) {
  const listed = (await callOk(core, 'reflection.listInterviews', {})).find((i) => i.id === interviewId)!.thankYouReminder;
  const page = (await callOk(core, 'reflection.get', { interviewId })).thankYouReminder;
  expect(listed, 'the interview log and the reflection page agree').toBe(page);
  return page;
}

const awaitingIds = async (core: ReturnType<typeof openCoreAt>) =>
  (await callOk(core, 'progress.upcoming', {})).awaitingOutcome.map((i) => i.id);

describe('dismissing a reminder', () => {
  test('the thank-you reminder stays dismissed across a restart and days later, and comes back when the interview is rescheduled', async () => {
    const clock: Clock = { now: new Date('2026-03-03T15:00:00Z') };
    let core = openCoreAt(clock);
    const interview = await logInterview(core, { outcome: 'pending' });
    const other = await logInterview(core, { company: 'Beta plc', outcome: 'pending' });
    expect(await thankYouShown(core, interview.id)).toBe(true);

    expect(await callOk(core, 'reflection.dismissReminder', { interviewId: interview.id, kind: 'thank_you' })).toBeNull();
    expect(await thankYouShown(core, interview.id)).toBe(false);
    // Per interview: the other one still reminds.
    expect(await thankYouShown(core, other.id)).toBe(true);

    core.close();
    clock.now = new Date(clock.now.getTime() + 5 * day);
    core = openCoreAt(clock, core.dataDir);
    expect(await thankYouShown(core, interview.id)).toBe(false);
    // Dismissing again is harmless.
    await callOk(core, 'reflection.dismissReminder', { interviewId: interview.id, kind: 'thank_you' });
    expect(core.db.prepare('SELECT count(*) AS n FROM reminder_dismissals').get()).toEqual({ n: 1 });

    // Rescheduled: a new occasion, so the reminder (due a day after the new date) comes back.
    await callOk(core, 'reflection.saveInterview', { ...acme, id: interview.id, outcome: 'pending', heldAt: '2026-03-05T10:00:00.000Z' });
    expect(await thankYouShown(core, interview.id)).toBe(true);
    core.close();
  });

  test('marking the thank-you note sent clears the reminder without a dismissal', async () => {
    const core = openCoreAt({ now: new Date('2026-03-04T15:00:00Z') });
    const interview = await logInterview(core, { outcome: 'pending' });
    expect(await thankYouShown(core, interview.id)).toBe(true);
    await callOk(core, 'reflection.markEmailSent', { interviewId: interview.id, kind: 'thank_you', sentOn: '2026-03-03' });
    expect(await thankYouShown(core, interview.id)).toBe(false);
    expect(core.db.prepare('SELECT count(*) AS n FROM reminder_dismissals').get()).toEqual({ n: 0 });
    core.close();
  });

  test('"How did it go?" leaves home once dismissed, for that interview only, across a restart', async () => {
    const clock: Clock = { now: new Date('2026-03-04T15:00:00Z') };
    let core = openCoreAt(clock);
    const first = await logInterview(core, { outcome: 'pending' });
    const second = await logInterview(core, { company: 'Beta plc', outcome: 'pending', heldAt: '2026-03-03T09:00:00.000Z' });
    expect((await awaitingIds(core)).sort()).toEqual([first.id, second.id].sort());
    await callOk(core, 'reflection.dismissReminder', { interviewId: first.id, kind: 'outcome' });
    expect(await awaitingIds(core)).toEqual([second.id]);
    // Dismissing one kind leaves the other: the thank-you reminder of the same interview still shows.
    expect(await thankYouShown(core, first.id)).toBe(true);
    core.close();
    clock.now = new Date(clock.now.getTime() + 3 * day);
    core = openCoreAt(clock, core.dataDir);
    expect(await awaitingIds(core)).toEqual([second.id]);
    core.close();
  });

  test('an unknown interview or kind is refused and nothing is written', async () => {
    const core = openCoreAt({ now: new Date('2026-03-04T15:00:00Z') });
    const interview = await logInterview(core, { outcome: 'pending' });
    expect(await call(core, 'reflection.dismissReminder', { interviewId: 999, kind: 'thank_you' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const bad = await call(core, 'reflection.dismissReminder', { interviewId: interview.id, kind: 'feedback' as 'outcome' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(bad.ok ? [] : bad.error.issues?.map((i) => i.path)).toEqual(['kind']);
    expect(core.db.prepare('SELECT count(*) AS n FROM reminder_dismissals').get()).toEqual({ n: 0 });
    // Deleting the interview takes its dismissals with it.
    await callOk(core, 'reflection.dismissReminder', { interviewId: interview.id, kind: 'outcome' });
    await callOk(core, 'reflection.deleteInterview', { id: interview.id });
    expect(core.db.prepare('SELECT count(*) AS n FROM reminder_dismissals').get()).toEqual({ n: 0 });
    core.close();
  });
});
