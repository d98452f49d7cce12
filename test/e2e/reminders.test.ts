import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { fakeClockEnv, libfaketimeMissing } from '../helpers/faketime';
import { makeTempDir } from '../helpers/temp-dir';
import { useAppSessions } from './harness/app-session';
import { axeViolations } from './harness/axe';
import { expectFocusKept } from './harness/focus';
import { ipc } from './harness/ipc';
import { tabTo } from './harness/keyboard';

/*
 * Issue 10, item 7: any reminder clears when its email is marked sent or the
 * user dismisses it. Driven by keyboard in Chromium; then the server restarts
 * under libfaketime days later and the dismissed reminders stay away.
 */

const app = useAppSessions();

// CI installs faketime (.ci/run), so there a missing library is a failure, not a skip.
const noFaketime = libfaketimeMissing();
if (noFaketime && process.env.CI) throw new Error(noFaketime);
const clockTest = noFaketime ? test.skip : test;
if (noFaketime) test.skip(`clock-shifted reminder test skipped: ${noFaketime}`, () => {});

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

clockTest('a dismissed reminder stays dismissed after a restart days later; marking the email sent clears one too', async () => {
  const dataDir = makeTempDir('rehearse-e2e-');
  let { page, bridge } = await app.open(dataDir);
  const heldAt = new Date(Date.now() - 36 * 3_600_000).toISOString();
  const log = (company: string) =>
    ipc(page, bridge, 'reflection.saveInterview', { company, role: 'Audit Senior', heldAt, stage: 'first', format: 'video' });
  const harbour = await log('Harbour Lane');
  const beta = await log('Beta Audit');
  await page.reload();

  // Home: "How did it go?" for both; dismiss Harbour Lane's by keyboard.
  await page.getByRole('heading', { name: /How did it go at Harbour Lane\?/ }).waitFor();
  await page.getByRole('heading', { name: /How did it go at Beta Audit\?/ }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, 'Dismiss the reminder to record how it went at Harbour Lane');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /How did it go at Harbour Lane\?/ }).waitFor({ state: 'detached' });
  await expectFocusKept(page, 'dismissing the outcome reminder');
  // Focus moved on to the control that followed the card (Beta's card comes first: the same date, logged later).
  expect(await focusedText(page)).toBe('Log an interview date');
  await page.getByRole('heading', { name: /How did it go at Beta Audit\?/ }).waitFor();

  // The interview log: a thank-you reminder on each card; dismiss Harbour Lane's by keyboard.
  await page.evaluate(() => (location.hash = '#/reflection'));
  const reminder = /the thank-you note is not marked as sent/;
  await page.getByText(reminder).nth(1).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, 'Dismiss the thank-you reminder for Audit Senior at Harbour Lane');
  await page.keyboard.press('Enter');
  await page
    .getByRole('button', { name: 'Dismiss the thank-you reminder for Audit Senior at Harbour Lane' })
    .waitFor({ state: 'detached' });
  await expectFocusKept(page, 'dismissing the thank-you reminder');
  expect(await focusedText(page)).toBe('Reflect on Audit Senior at Harbour Lane');
  expect(await page.getByText(reminder).count()).toBe(1);

  // Marking Beta's thank-you note sent clears its reminder.
  await ipc(page, bridge, 'reflection.markEmailSent', { interviewId: beta.id, kind: 'thank_you', sentOn: heldAt.slice(0, 10) });
  await page.reload();
  await page.getByRole('heading', { name: 'Audit Senior at Beta Audit' }).waitFor();
  expect(await page.getByText(reminder).count()).toBe(0);

  // Four days later, after a restart: Harbour Lane's reminders stay dismissed; Beta's outcome reminder is still there.
  await bridge.stop();
  ({ page, bridge } = await app.open(dataDir, fakeClockEnv({ days: 4 })));
  await page.getByRole('heading', { name: /How did it go at Beta Audit\?/ }).waitFor();
  expect(await page.getByRole('heading', { name: /How did it go at Harbour Lane\?/ }).count()).toBe(0);
  await page.evaluate(() => (location.hash = '#/reflection'));
  await page.getByRole('heading', { name: 'Audit Senior at Harbour Lane' }).waitFor();
  expect(await page.getByText(reminder).count()).toBe(0);
  const listed = await ipc(page, bridge, 'reflection.listInterviews', {});
  expect(listed.find((i) => i.id === harbour.id)).toMatchObject({ thankYouReminder: false, outcome: 'pending' });
});
