import { beforeAll, describe, expect, test } from 'vitest';
import { remindersDue } from '../../../electron/main/services/app/reminders';
import { reflectionMarkdown } from '../../../shared/domain/reflection/markdown';
import { call, callOk } from '../../helpers/test-core';
import { coresClosedAfterEach } from './reflection-core';

/*
 * Walk 5, findings 3 and 4: the app records only what the user said. An interview logged with a day
 * and no time, stage or format stores none of them (no 09:00, no "First round", no "Video"), and every
 * reader — the log, the countdown, the outcome prompt, reminders, the Markdown export — treats it as
 * a day. The half-typed interview is kept in the data folder, validated like any outside input.
 */

const open = coresClosedAfterEach();
beforeAll(() => {
  // West of UTC, so a day stored as an instant at midnight UTC would show as the day before.
  process.env.TZ = 'America/Los_Angeles';
});

const dayOnly = { company: 'Acme Corp', role: 'Trainee', heldOn: '2026-12-04' };

describe('an interview logged without a time, stage or format', () => {
  test('stores the day and nothing it was not told, and survives a restart', async () => {
    const clock = { now: new Date(2026, 10, 28, 15) };
    const core = open(clock);
    const saved = await callOk(core, 'reflection.saveInterview', dayOnly);
    expect(saved).toMatchObject({ heldAt: null, heldOn: '2026-12-04', stage: null, format: null });
    expect(core.db.prepare('SELECT held_at, held_on, stage, format FROM interviews').get()).toEqual({
      held_at: null,
      held_on: '2026-12-04',
      stage: null,
      format: null,
    });
    core.close();
    const again = open(clock, core.dataDir);
    const [listed] = await callOk(again, 'reflection.listInterviews', {});
    expect(listed).toMatchObject({ heldAt: null, heldOn: '2026-12-04', stage: null, format: null });
  });

  test('a time given is kept as an instant, and its day comes with it', async () => {
    const core = open({ now: new Date(2026, 10, 28, 15) });
    const at = new Date(2026, 11, 4, 14, 30).toISOString();
    const saved = await callOk(core, 'reflection.saveInterview', { ...dayOnly, heldAt: at, format: 'phone' });
    expect(saved).toMatchObject({ heldAt: at, heldOn: '2026-12-04', format: 'phone' });
    expect(core.db.prepare('SELECT held_on FROM interviews').pluck().get()).toBeNull();
  });

  test('with neither a day nor a time it is refused at the date, and nothing is written', async () => {
    const core = open({ now: new Date(2026, 10, 28, 15) });
    const refused = await call(core, 'reflection.saveInterview', { company: 'Acme Corp', role: 'Trainee' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.issues?.map((i) => i.path)).toEqual(['heldOn']);
    const badDay = await call(core, 'reflection.saveInterview', { ...dayOnly, heldOn: '2026-02-30' });
    expect(badDay.ok).toBe(false);
    expect(core.db.prepare('SELECT count(*) FROM interviews').pluck().get()).toBe(0);
  });

  test('counts down in local days, is "today" on its day, and asks for the outcome only once the day is over', async () => {
    const clock = { now: new Date(2026, 10, 28, 15) };
    const core = open(clock);
    const { id } = await callOk(core, 'reflection.saveInterview', dayOnly);
    expect((await callOk(core, 'progress.upcoming', {})).next).toMatchObject({ id, heldAt: null, heldOn: '2026-12-04', daysLeft: 6 });
    clock.now = new Date(2026, 11, 4, 23, 30);
    const onTheDay = await callOk(core, 'progress.upcoming', {});
    expect(onTheDay.next).toMatchObject({ id, daysLeft: 0 });
    expect(onTheDay.awaitingOutcome).toEqual([]);
    clock.now = new Date(2026, 11, 5, 0, 5);
    const after = await callOk(core, 'progress.upcoming', {});
    expect(after.next).toBeNull();
    expect(after.awaitingOutcome.map((i) => i.id)).toEqual([id]);
    // Dismissed for its day; a new day brings it back.
    await callOk(core, 'reflection.dismissReminder', { interviewId: id, kind: 'outcome' });
    expect((await callOk(core, 'progress.upcoming', {})).awaitingOutcome).toEqual([]);
    await callOk(core, 'reflection.saveInterview', { ...dayOnly, id, heldOn: '2026-12-03' });
    expect((await callOk(core, 'progress.upcoming', {})).awaitingOutcome.map((i) => i.id)).toEqual([id]);
  });

  test('the thank-you reminder waits until a whole day has passed after its day', async () => {
    const clock = { now: new Date(2026, 11, 5, 12) };
    const core = open(clock);
    await callOk(core, 'reflection.saveInterview', { ...dayOnly, outcome: 'pending' });
    expect((await callOk(core, 'reflection.listInterviews', {}))[0]!.thankYouReminder).toBe(false);
    clock.now = new Date(2026, 11, 6, 0, 1);
    expect((await callOk(core, 'reflection.listInterviews', {}))[0]!.thankYouReminder).toBe(true);
  });

  test('the desktop reminder says the day, never a time it was not given', async () => {
    const core = open({ now: new Date(2026, 11, 3, 18) });
    await callOk(core, 'reflection.saveInterview', dayOnly);
    const interviews = await callOk(core, 'reflection.listInterviews', {});
    const due = { dueToday: 0, neverPractised: 0 } as Parameters<typeof remindersDue>[0]['due'];
    const [reminder] = remindersDue({ due, interviews, now: new Date(2026, 11, 3, 18), shown: new Set() });
    expect(reminder).toMatchObject({ title: 'Interview tomorrow: Acme Corp', body: expect.stringMatching(/^Trainee, tomorrow\. /) });
    expect(remindersDue({ due, interviews, now: new Date(2026, 11, 1, 18), shown: new Set() })).toEqual([]);
  });

  test('the Markdown export names the day alone and says stage and format were not recorded', async () => {
    const core = open({ now: new Date(2026, 11, 6) });
    const { id } = await callOk(core, 'reflection.saveInterview', dayOnly);
    const reflection = await callOk(core, 'reflection.get', { interviewId: id });
    const file = reflectionMarkdown(reflection, { exportedAt: new Date(2026, 11, 6), locale: 'en-GB', timeZone: 'Europe/London' });
    expect(file.content).toContain('- **When:** 4 December 2026\n');
    expect(file.content).toContain('- **Stage:** _Not recorded._');
    expect(file.content).toContain('- **Format:** _Not recorded._');
    expect(file.fileName).toBe('reflection-acme-corp-trainee-2026-12-04.md');
    expect(file.content).toContain('Thank you for taking the time to speak with me');
  });
});

describe('the interview typed but not logged yet', () => {
  const draft = { company: 'Acme Corp', role: '', date: '', time: '', stage: '' as const, jobDescription: '' };

  test('is kept in the data folder across a restart, and cleared when emptied', async () => {
    const clock = { now: new Date(2026, 10, 28) };
    const core = open(clock);
    expect(await callOk(core, 'reflection.getInterviewDraft', {})).toBeNull();
    await callOk(core, 'reflection.saveInterviewDraft', { draft });
    core.close();
    const again = open(clock, core.dataDir);
    expect(await callOk(again, 'reflection.getInterviewDraft', {})).toEqual(draft);
    await callOk(again, 'reflection.saveInterviewDraft', { draft: { ...draft, company: '  ' } });
    expect(await callOk(again, 'reflection.getInterviewDraft', {})).toBeNull();
    await callOk(again, 'reflection.saveInterviewDraft', { draft: { ...draft, stage: 'final', time: '10:30' } });
    await callOk(again, 'reflection.saveInterviewDraft', { draft: null });
    expect(again.db.prepare('SELECT count(*) FROM interview_drafts').pluck().get()).toBe(0);
  });

  test("keeps what was typed past the log's limits (they are checked when it is logged), and survives a restart", async () => {
    // Walker's walk: a 510-character role typed on home was refused by the draft ("Invalid input — draft.role").
    const clock = { now: new Date(2026, 10, 28) };
    const core = open(clock);
    const long = { ...draft, company: 'C'.repeat(121), role: 'Graduate Auditor '.repeat(30), jobDescription: 'x'.repeat(20_001) };
    await callOk(core, 'reflection.saveInterviewDraft', { draft: long });
    core.close();
    const again = open(clock, core.dataDir);
    expect(await callOk(again, 'reflection.getInterviewDraft', {})).toEqual(long);
    const logged = await call(again, 'reflection.saveInterview', { company: long.company, role: 'Trainee', heldOn: '2026-12-04' });
    expect(logged).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  test('bad input is refused with the field named, and writes nothing', async () => {
    const core = open({ now: new Date(2026, 10, 28) });
    for (const bad of [
      { ...draft, date: 'next Tuesday' },
      { ...draft, time: '25:00' },
      { ...draft, stage: 'sixth' },
      { ...draft, company: 'x'.repeat(1201) },
      { ...draft, extra: 1 },
    ]) {
      const result = await call(core, 'reflection.saveInterviewDraft', { draft: bad } as never);
      expect(result.ok, JSON.stringify(bad).slice(0, 60)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
    expect(core.db.prepare('SELECT count(*) FROM interview_drafts').pluck().get()).toBe(0);
  });
});
