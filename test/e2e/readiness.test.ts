import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { emptySelfCheck } from '../../shared/domain/sessions';
import { fakeClockEnv, libfaketimeMissing } from '../helpers/faketime';
import { makeTempDir } from '../helpers/temp-dir';
import { useAppSessions } from './harness/app-session';
import { expectFocusKept } from './harness/focus';
import { tabTo } from './harness/keyboard';
import { axeViolations } from './harness/axe';
import type { BridgeProcess } from './harness/bridge-process';
import { ipc } from './harness/ipc';

const app = useAppSessions();

/** The server's clock moved `days` ahead with libfaketime (Debian's `faketime` package); the browser keeps the real clock. */
const shifted = (days: number): Record<string, string> => fakeClockEnv({ days });

// CI installs faketime (.ci/run), so there a missing library is a failure, not a skip.
const noFaketime = libfaketimeMissing();
if (noFaketime && process.env.CI) throw new Error(noFaketime);
const clockTest = noFaketime ? test.skip : test;
if (noFaketime) test.skip(`clock-shifted readiness tests skipped: ${noFaketime}`, () => {});

async function practise(page: Page, bridge: BridgeProcess, questionIds: number[], confidence: number) {
  const options = await ipc(page, bridge, 'sessions.setupOptions', {});
  const setup = { ...options.defaults, count: questionIds.length, pressure: 'soft' as const };
  const session = await ipc(page, bridge, 'sessions.start', { setup, questionIds });
  for (const position of questionIds.keys()) {
    await ipc(page, bridge, 'sessions.saveAnswer', {
      sessionId: session.id,
      position,
      skipped: false,
      confidence,
      timeUsedMs: 30_000,
      selfCheck: { ...emptySelfCheck(), pace: true },
      note: '',
      struggled: false,
    });
  }
  await ipc(page, bridge, 'sessions.end', { sessionId: session.id });
}

async function expectAxeClean(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

const jobDescription = 'Audit Senior. Plan audits, test internal controls over revenue, apply IFRS, and lead a small audit team.';

clockTest(
  'a new user logs an interview 7 days ahead, plans from the job description, practises on days 0, 2 and 5, and is asked for the outcome after',
  async () => {
    const dataDir = makeTempDir('rehearse-e2e-');
    let { page, bridge } = await app.open(dataDir);
    const bank = await ipc(page, bridge, 'banks.create', { name: 'Audit' });
    const auditQuestions = [
      'How would you test internal controls over revenue?',
      'Explain IFRS 15 to a client.',
      'How do you plan an audit?',
    ];
    for (const text of auditQuestions) {
      await ipc(page, bridge, 'questions.create', { bankId: bank.id, text });
    }
    await page.reload();

    // Day 0: log the interview from home, in a few fields.
    await page.getByRole('button', { name: 'Log an interview date' }).click();
    const form = page.getByRole('form', { name: 'Log an upcoming interview' });
    await expectFocusKept(page, 'opening the log form');
    await form.getByLabel('Company (required)').fill('Harbour Lane Accountants');
    // Escape closes the form, focus goes back to the button that opened it, and what was typed is still there on reopening.
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Finish logging the interview');
    await page.getByText('Not logged yet: your interview at Harbour Lane Accountants.', { exact: false }).waitFor();
    await page.keyboard.press('Enter');
    expect(await form.getByLabel('Company (required)').inputValue()).toBe('Harbour Lane Accountants');
    await form.getByLabel('Role (required)').fill('Audit Senior');
    const pad = (n: number) => String(n).padStart(2, '0');
    const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    // A day that has passed is refused at the date field, which takes focus (so its message is in view).
    await form.getByLabel('Date (required)').fill(dayKey(new Date(Date.now() - 7 * 86_400_000)));
    await form.getByRole('button', { name: 'Save and plan what to practise' }).click();
    await form.getByText(/^That date has passed/).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('date');
    const inSeven = new Date();
    inSeven.setDate(inSeven.getDate() + 7);
    await form.getByLabel('Date (required)').fill(`${inSeven.getFullYear()}-${pad(inSeven.getMonth() + 1)}-${pad(inSeven.getDate())}`);
    await form.getByLabel('Time (optional)', { exact: true }).fill('10:00');
    await form.getByLabel(/Job description/).fill(jobDescription);
    await form.getByRole('button', { name: 'Save and plan what to practise' }).click();

    // The plan from the job description.
    await page.getByRole('heading', { name: 'Preparation plan: Audit Senior at Harbour Lane Accountants' }).waitFor();
    await expectFocusKept(page, 'saving an upcoming interview');
    await expectAxeClean(page);
    const jd = page.getByRole('region', { name: 'Suggested from the job description' });
    // The starter banks may match too; the user adds the three audit questions the job description found.
    for (const text of auditQuestions) await jd.getByRole('button', { name: `Add to the plan: ${text}` }).click();
    await expectFocusKept(page, 'adding suggested questions');
    // Each click is saved at once: nothing to press before leaving.
    await page.getByText('Plan saved: 3 questions.').waitFor();
    await expectFocusKept(page, 'saving the plan');

    // Home: countdown and what to do today.
    await page.getByRole('link', { name: 'Practice', exact: true }).click();
    await page.getByRole('heading', { name: 'Audit Senior at Harbour Lane Accountants — in 7 days' }).waitFor();
    await page.getByRole('link', { name: '0 questions due, 3 never practised' }).waitFor();
    await expectFocusKept(page, 'opening home');
    // The review card beside it counts the same questions in the same words (it said "3 questions are due today").
    const reviewCard = page.getByRole('region', { name: 'Due for review' });
    await reviewCard.getByText('No reviews are due today. 3 questions you have never practised are waiting for a first try.').waitFor();
    await reviewCard.getByRole('button', { name: 'Practise the 3 never-practised questions' }).waitFor();
    await expectAxeClean(page);
    await page.getByRole('link', { name: '0 questions due, 3 never practised' }).click();
    // The readiness table says "Not practised yet", not a review date.
    await page.getByRole('cell', { name: 'Not practised yet' }).first().waitFor();
    expect(await page.getByRole('cell', { name: 'Not practised yet' }).count()).toBe(3);
    await page.getByRole('link', { name: 'Practice', exact: true }).click();
    const interview = (await ipc(page, bridge, 'progress.upcoming', {})).next!;
    const planIds = (await ipc(page, bridge, 'progress.plan', { interviewId: interview.id })).questions.map((q) => q.questionId);
    // The due queue puts the plan first.
    expect((await ipc(page, bridge, 'progress.dueQuestions', { limit: 20 })).slice(0, 3).every((q) => q.inPlan)).toBe(true);
    await practise(page, bridge, planIds, 5);
    await page.getByText('Nothing in the plan is due today').waitFor();
    await page.getByRole('link', { name: '3 ready' }).click();
    await page.getByRole('heading', { name: 'Ready (recent confidence 4 or 5) (3)' }).waitFor();
    await expectFocusKept(page, 'opening a readiness figure');
    // A review falls due on a day: the "Next review" column shows dates, never a time such as "12:00 AM".
    const nextReview = await page.locator('tbody tr td:last-child').allTextContents();
    expect(nextReview).toHaveLength(3);
    for (const cell of nextReview) expect(cell).not.toMatch(/\d:\d\d|AM|PM/);
    await expectAxeClean(page);

    // Day 2: the countdown moves; nothing due yet after easy answers; practised again, then survives a restart.
    await bridge.stop();
    ({ page, bridge } = await app.open(dataDir, shifted(2)));
    await page.getByRole('heading', { name: 'Audit Senior at Harbour Lane Accountants — in 5 days' }).waitFor();
    await page.getByRole('link', { name: '3 of 3 questions practised' }).waitFor();

    // Day 5: the final window (2 days before): every plan question is due, whatever FSRS said.
    await bridge.stop();
    ({ page, bridge } = await app.open(dataDir, shifted(5)));
    await page.getByRole('heading', { name: 'Audit Senior at Harbour Lane Accountants — in 2 days' }).waitFor();
    await page.getByRole('link', { name: '3 questions due, 0 never practised' }).waitFor();
    await page.getByRole('button', { name: 'Start a 3-question session' }).waitFor();
    await practise(page, bridge, planIds, 4);
    await page.getByText('Nothing in the plan is due today').waitFor();

    // Day 8: the date has passed: the plan ends and the app asks for the outcome; a rejection invites reflection.
    await bridge.stop();
    ({ page, bridge } = await app.open(dataDir, shifted(8)));
    await page.getByRole('heading', { name: /How did it go at Harbour Lane Accountants\?/ }).waitFor();
    await page.getByRole('heading', { name: 'Have an interview coming up?' }).waitFor();
    await expectAxeClean(page);
    // Readiness says the plan has ended instead of offering a session for a day that has passed.
    await page.evaluate((id) => (location.hash = `#/readiness/${id}`), interview.id);
    await page.getByRole('heading', { name: 'Readiness: Audit Senior at Harbour Lane Accountants — yesterday' }).waitFor();
    await page.getByText('The interview was yesterday, so its preparation plan has ended.').waitFor();
    expect(await page.getByRole('button', { name: /^Start a/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Practice', exact: true }).click();
    await page.getByRole('button', { name: 'Rejected' }).waitFor();
    // Home refreshes its list once the outcome is stored; the confirmation and its link stay, with focus on them.
    const refreshed = page.waitForResponse((response) => response.url().includes('/ipc/progress.upcoming'));
    await page.getByRole('button', { name: 'Rejected' }).click();
    await refreshed;
    await page.getByRole('link', { name: 'reflect on the interview' }).waitFor();
    await expectFocusKept(page, 'recording the outcome');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Saved: rejected\./);
    expect((await ipc(page, bridge, 'progress.dueQuestions', { limit: 20 })).some((q) => q.inPlan)).toBe(false);
  },
);

test('keyboard only: home → plan → readiness → a session of exactly what to practise today', async () => {
  const { page, bridge } = await app.open();
  const bank = await ipc(page, bridge, 'banks.create', { name: 'Audit' });
  const ids: number[] = [];
  for (const text of ['Walk me through an audit plan.', 'What is materiality?']) {
    ids.push((await ipc(page, bridge, 'questions.create', { bankId: bank.id, text })).id);
  }
  const interview = await ipc(page, bridge, 'reflection.saveInterview', {
    company: 'Harbour Lane Accountants',
    role: 'Audit Senior',
    heldAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    stage: 'first',
    format: 'video',
  });
  await ipc(page, bridge, 'progress.savePlan', {
    interviewId: interview.id,
    questions: ids.map((questionId) => ({ questionId, source: 'picked' })),
  });
  await page.reload();
  await page.getByRole('heading', { name: /Audit Senior at Harbour Lane Accountants — in \d days/ }).waitFor();

  await tabTo(page, 'Preparation plan (2)');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Preparation plan: Audit Senior at Harbour Lane Accountants' }).waitFor();
  // Removing a question saves at once and moves focus to the question now in its place, never to the page body.
  await tabTo(page, 'Remove from the plan: What is materiality?');
  await page.keyboard.press('Enter');
  await page.getByText('Plan saved: 1 question.').waitFor();
  await expectFocusKept(page, 'removing a question by keyboard');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Remove from the plan: /);
  await tabTo(page, 'Readiness');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /^Readiness: Audit Senior/ }).waitFor();
  await expectFocusKept(page, 'opening readiness by keyboard');
  await expectAxeClean(page);
  await tabTo(page, 'Start a 1-question session');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/practice\/session\/\d+/);
  const sessionId = Number(/session\/(\d+)/.exec(page.url())![1]);
  await expectFocusKept(page, 'starting a session by keyboard');
  const session = await ipc(page, bridge, 'sessions.get', { sessionId });
  expect(session.items.map((item) => item.questionId)).toEqual([ids[0]]);
});
