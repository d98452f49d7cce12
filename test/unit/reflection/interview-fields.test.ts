import { afterEach, describe, expect, test } from 'vitest';
import { stepDateIssues, stepIssues } from '../../../shared/domain/reflection/step-issues';
import { emptyDrafts } from '../../../shared/domain/reflection/drafts';
import {
  blankInterviewCore,
  dateAndTimeOf,
  whenOf,
  interviewFieldIssues,
  interviewFieldKey,
} from '../../../shared/domain/reflection/interview-form';

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const filled = { ...blankInterviewCore, company: 'Harrow & Finch LLP', role: 'Audit Senior', date: '2026-12-07', time: '10:00' };
const upcoming = { today: '2026-12-01', upcoming: true };

describe('the shared interview fields’ check', () => {
  test('a complete interview still to come passes; today is still to come', () => {
    expect(interviewFieldIssues(filled, upcoming)).toEqual({});
    expect(interviewFieldIssues({ ...filled, date: '2026-12-01' }, upcoming)).toEqual({});
  });

  test('each missing or wrong field is named at its own key', () => {
    expect(interviewFieldIssues(blankInterviewCore, upcoming)).toEqual({
      company: 'Enter the company name',
      role: 'Enter the role',
      date: 'Enter the date of the interview',
    });
    expect(interviewFieldIssues({ ...filled, date: '2026-02-30' }, upcoming).date).toMatch(/real date/);
    expect(interviewFieldIssues({ ...filled, time: '25:00' }, upcoming).time).toMatch(/time like/);
  });

  test('an upcoming interview on a day that has passed is refused; the log (past or future) is not', () => {
    expect(interviewFieldIssues({ ...filled, date: '2026-11-30' }, upcoming).date).toMatch(/^That date has passed/);
    expect(interviewFieldIssues({ ...filled, date: '2020-01-01' }, { today: '2026-12-01', upcoming: false })).toEqual({});
  });

  test('an outcome on an interview still to come is a contradiction named at the outcome', () => {
    const log = { today: '2026-12-01', upcoming: false };
    expect(interviewFieldIssues(filled, { ...log, outcome: 'rejected' }).outcome).toMatch(/still to come/);
    expect(interviewFieldIssues(filled, { ...log, outcome: 'pending' })).toEqual({});
    expect(interviewFieldIssues({ ...filled, date: '2026-11-20' }, { ...log, outcome: 'rejected' })).toEqual({});
  });

  test('a job description over its limit stops the save (its field says by how much)', () => {
    const pasted = 'x'.repeat(120_000);
    expect(interviewFieldIssues({ ...filled, jobDescription: pasted }, upcoming).jobDescription).toBe(
      'The job description can be at most 20,000 characters; this one has 120,000.',
    );
    expect(interviewFieldIssues({ ...filled, jobDescription: 'x'.repeat(20_000) }, upcoming)).toEqual({});
  });

  test('the main process’s heldAt and heldOn land on the date field', () => {
    expect(interviewFieldKey('heldAt')).toBe('date');
    expect(interviewFieldKey('heldOn')).toBe('date');
    expect(interviewFieldKey('company')).toBe('company');
  });
});

describe('day and time ⇄ instant, in the user’s zone', () => {
  test.each(['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Europe/London'])('round-trips in %s', (zone) => {
    process.env.TZ = zone;
    const when = whenOf({ date: '2026-12-07', time: '10:00' })!;
    expect(new Date(when.heldAt!).getHours()).toBe(10);
    expect(when.heldOn).toBe('2026-12-07');
    expect(dateAndTimeOf(when)).toEqual({ date: '2026-12-07', time: '10:00' });
    // Late at night stays on its day.
    expect(dateAndTimeOf(whenOf({ date: '2026-12-31', time: '23:30' })!)).toEqual({ date: '2026-12-31', time: '23:30' });
  });

  test('no time is not given (no 09:00 in its place); a day that does not exist gives nothing', () => {
    process.env.TZ = 'Europe/London';
    expect(whenOf({ date: '2026-03-29', time: '' })).toEqual({ heldOn: '2026-03-29', heldAt: null });
    expect(dateAndTimeOf({ heldOn: '2026-03-29', heldAt: null })).toEqual({ date: '2026-03-29', time: '' });
    expect(whenOf({ date: '2026-02-29', time: '09:00' })).toBeNull();
    expect(whenOf({ date: '2026-03-29', time: '25:00' })).toBeNull();
    expect(dateAndTimeOf({ heldOn: '2026-03-29', heldAt: 'garbage' })).toEqual({ date: '2026-03-29', time: '' });
  });
});

describe('reflection steps: days that cannot be right', () => {
  const drafts = emptyDrafts();
  test('a next round on a passed day is named; today or later, or none, is fine', () => {
    const past = { ...drafts.improve, nextRoundOn: '2020-01-01' };
    expect(stepDateIssues('improve', past, '2026-12-08')).toEqual([
      { path: 'nextRoundOn', message: expect.stringMatching(/^Date of the next round: that day has passed/) },
    ]);
    expect(stepIssues('improve', past, '2026-12-08').map((i) => i.path)).toContain('nextRoundOn');
    expect(stepDateIssues('improve', { ...drafts.improve, nextRoundOn: '2026-12-08' }, '2026-12-08')).toEqual([]);
    expect(stepDateIssues('improve', drafts.improve, '2026-12-08')).toEqual([]);
  });

  test('feedback that arrived on a day still to come is named', () => {
    const future = { ...drafts.respond, feedbackReceived: 'Good SQL', feedbackReceivedOn: '2026-12-09' };
    expect(stepDateIssues('respond', future, '2026-12-08')[0]!.message).toMatch(/^Date it arrived: that day is still to come/);
    expect(stepDateIssues('respond', { ...future, feedbackReceivedOn: '2026-12-08' }, '2026-12-08')).toEqual([]);
  });
});
