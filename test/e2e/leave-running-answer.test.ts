import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { expectFocusKept } from './harness/focus';
import { ipc } from './harness/ipc';
import { startMockInterview } from './harness/practice-setup';

const app = useAppSessions();

/** Keeps every MediaRecorder the page makes on `window.recorders`, so the test can read its state. */
async function watchRecorders(page: Page) {
  await page.addInitScript(() => {
    const Original = window.MediaRecorder;
    const made: MediaRecorder[] = [];
    (window as unknown as { recorders: MediaRecorder[] }).recorders = made;
    window.MediaRecorder = class extends Original {
      constructor(...args: ConstructorParameters<typeof MediaRecorder>) {
        super(...args);
        made.push(this);
      }
    };
  });
  await page.reload();
}

const recorderState = (page: Page) =>
  page.evaluate(() => (window as unknown as { recorders: MediaRecorder[] }).recorders.at(-1)?.state ?? 'none');

/** The running answer is untouched: the answer's controls, the timer running (Pause, not Resume), the recorder recording. */
async function expectStillAnswering(page: Page, url: string) {
  await page.getByRole('button', { name: 'Finish answer' }).waitFor();
  await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
  expect(page.url()).toBe(url);
  expect(await recorderState(page)).toBe('recording');
  await expect(page.getByText('Recording', { exact: true }).isVisible()).resolves.toBe(true);
  // The clock still moves: the time readout changes by itself (an event to wait for, not a deadline).
  const ring = page.locator('.timer-ring');
  const before = await ring.textContent();
  await page.waitForFunction((was) => document.querySelector('.timer-ring')?.textContent !== was, before);
}

test('leaving a running answer by the top navigation or browser Back asks first; cancelling keeps it running, confirming ends the session and goes', async () => {
  const { page, bridge } = await app.open();
  await watchRecorders(page);
  await startMockInterview(page, 2, /Microphone and camera/);
  await page.getByRole('button', { name: 'Finish answer' }).waitFor();
  await page.waitForFunction(() => (window as unknown as { recorders: MediaRecorder[] }).recorders.at(-1)?.state === 'recording');
  const sessionUrl = page.url();
  expect(sessionUrl).toMatch(/#\/practice\/session\/\d+$/);
  const sessionId = Number(/(\d+)$/.exec(sessionUrl)?.[1]);

  // 1. The top navigation: asked first, nothing changes yet.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Leave and end this session?' });
  await dialog.waitFor();
  expect(page.url()).toBe(sessionUrl);
  expect(await expectFocusKept(page, 'asking before leaving')).toContain('Keep practising');
  await dialog.getByRole('button', { name: 'Keep practising' }).click();
  await dialog.waitFor({ state: 'detached' });
  await expectStillAnswering(page, sessionUrl);
  await expectFocusKept(page, 'keeping on practising');

  // 2. Browser Back (and so any change of the address): asked first too; Escape cancels.
  await page.evaluate(() => history.back());
  await dialog.waitFor();
  expect(page.url()).toBe(sessionUrl);
  await expectFocusKept(page, 'asking before going back');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expectStillAnswering(page, sessionUrl);
  await expectFocusKept(page, 'cancelling going back');

  // 3. Confirming ends the session as "End session" does, then goes where the user was heading.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Question banks' }).click();
  await dialog.getByText('Nothing has been rated yet').waitFor();
  await dialog.getByRole('button', { name: 'End session and leave' }).click();
  await page.getByRole('heading', { name: 'Question banks', level: 1 }).waitFor();
  await page.waitForURL(/#\/banks$/);
  await expectFocusKept(page, 'leaving the session');
  expect(await recorderState(page)).toBe('inactive');
  expect((await ipc(page, bridge, 'sessions.get', { sessionId })).status).not.toBe('in_progress');

  // With no answer running, links go straight there.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }).click();
  await page.getByRole('heading', { name: 'Practice', level: 1 }).waitFor();
  await expect(page.getByRole('heading', { name: 'You have an unfinished session' }).count()).resolves.toBe(0);
});
