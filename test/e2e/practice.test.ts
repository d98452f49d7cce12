import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { expectFocusKept } from './harness/focus';
import { startMockInterview } from './harness/practice-setup';

const app = useAppSessions();
// Recording and encoding real media is slow on a busy two-core machine; these flows get two minutes each.

async function setUp(page: Page, recording: RegExp) {
  await startMockInterview(page, 3, recording);
  await page.getByText(/^Question 1 of/).waitFor();
  await expectFocusKept(page, 'starting a mock interview');
}

/** Answers the question on screen for about `ms`, rates it, and waits until the rating is saved. */
async function answerAndRate(page: Page, confidence: number, ms: number) {
  await page.getByRole('button', { name: 'Finish answer' }).waitFor();
  // The user speaking for at least `ms`: a lower bound the recording and "time used" need, never a race
  // (a slower machine only makes the answer longer, and the assertions allow for that).
  await page.waitForTimeout(ms);
  await page.keyboard.press('Space');
  await page.getByRole('heading', { name: 'How did that go?' }).waitFor();
  await expectFocusKept(page, 'finishing an answer');
  await page.keyboard.press(String(confidence));
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await expectFocusKept(page, 'rating an answer');
}

function recordingFiles(dataDir: string) {
  return readdirSync(join(dataDir, 'recordings')).sort();
}

/** Loads every recording in the summary and returns each player's duration once known. */
async function playbackDurations(page: Page): Promise<number[]> {
  const loaders = page.getByRole('button', { name: /Load the recording/ });
  const count = await loaders.count();
  for (let i = 0; i < count; i++) {
    await loaders.first().click();
    await page.locator('video, audio').nth(i).waitFor();
    await expectFocusKept(page, 'loading a recording');
  }
  const players = page.locator('video, audio');
  await expect.poll(() => players.count()).toBe(count);
  const durations: number[] = [];
  for (let i = 0; i < count; i++) {
    const player = players.nth(i);
    // Resolves on the media events that change duration or position (no polling).
    await player.evaluate(
      (el: HTMLMediaElement) =>
        new Promise<void>((done) => {
          const events = ['loadedmetadata', 'durationchange', 'seeked', 'timeupdate', 'canplay'];
          const check = () => {
            if (!(Number.isFinite(el.duration) && el.duration > 0 && el.currentTime === 0)) return;
            for (const e of events) el.removeEventListener(e, check);
            done();
          };
          for (const e of events) el.addEventListener(e, check);
          check();
        }),
    );
    durations.push(await player.evaluate((el: HTMLMediaElement) => el.duration));
  }
  return durations;
}

test('a new user sits a recorded three-question session, reloads mid-way, resumes, and finds it all after a restart', async () => {
  const { page, restart, dataDir } = await app.open();
  await setUp(page, /Microphone and camera/);

  await page.getByRole('button', { name: 'Finish answer' }).waitFor();
  await expect(page.getByLabel('Camera self-view (mirrored)').isVisible()).resolves.toBe(true);
  await expect(page.getByText('Recording', { exact: true }).isVisible()).resolves.toBe(true);
  await page.getByRole('checkbox', { name: 'Kept eye contact' }).waitFor({ state: 'detached' });
  await answerAndRate(page, 4, 1500);
  await page.getByRole('checkbox', { name: 'Kept eye contact' }).check();
  await page.getByRole('textbox', { name: 'Note (optional)' }).fill('Good opening');
  await expectFocusKept(page, 'writing a note');
  await page.getByRole('button', { name: 'Next question' }).click();

  await answerAndRate(page, 2, 1200);
  await page.getByRole('checkbox', { name: 'I struggled with this question' }).check();
  await expectFocusKept(page, 'marking a struggle');
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await page.getByRole('button', { name: 'Next question' }).click();

  // Mid-way through question 3: the window reloads (or crashes). Nothing rated is lost.
  await page.getByRole('button', { name: 'Finish answer' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Carry on with your session?' }).waitFor();
  await expectFocusKept(page, 'reloading mid-session');
  await expect(page.getByText(/So far: 2 of 3 answered; those are saved/).isVisible()).resolves.toBe(true);
  await page.getByRole('button', { name: 'Resume at question 3' }).click();
  await answerAndRate(page, 5, 1000);
  await page.getByRole('button', { name: 'Finish and see the summary' }).click();

  await page.getByRole('heading', { name: 'Session summary' }).waitFor();
  const summary = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
  for (const rating of ['4 – Confident', '2 – Shaky', '5 – Very confident']) await summary.getByText(rating).waitFor();
  await expect(summary.getByText(/^0:(0[1-9]|[1-5]\d) of \d+:\d\d$/).count()).resolves.toBe(3);
  await summary.getByText('Good opening').waitFor();
  await summary.getByText('Struggled with this').waitFor();
  await expectFocusKept(page, 'finishing the session');

  const files = recordingFiles(dataDir);
  expect(files, files.join(', ')).toHaveLength(3);
  for (const file of files) {
    expect(file).toMatch(/^rec-s\d+-p[012]-[a-f0-9]{32}\.webm$/);
    expect(statSync(join(dataDir, 'recordings', file)).size).toBeGreaterThan(1000);
  }
  const durations = await playbackDurations(page);
  expect(durations).toHaveLength(3);
  for (const d of durations) expect(d).toBeGreaterThan(0.5);

  // Re-rate after replay; both ratings are kept.
  const first = page.locator('video').first();
  await first.evaluate((el: HTMLMediaElement) => el.play());
  await page.getByRole('radio', { name: '5 – Very confident' }).first().check();
  await summary.getByText(/after replay 5 – Very confident/).waitFor();
  await expectFocusKept(page, 'rating again after replay');

  await page.getByRole('textbox', { name: /What went well/ }).fill('Kept to time');
  await page.getByRole('button', { name: 'Save reflection' }).click();
  await page.getByRole('status').filter({ hasText: 'Reflection saved.' }).waitFor();
  await expectFocusKept(page, 'saving the reflection');

  await restart();
  await page.getByRole('heading', { name: 'Practice', level: 1 }).waitFor();
  await expect(page.getByRole('heading', { name: 'You have an unfinished session' }).count()).resolves.toBe(0);
  await page.getByRole('button', { name: 'Repeat the last set-up' }).waitFor();
  await expectFocusKept(page, 'restarting');
  await page.getByRole('region', { name: 'Recent sessions' }).getByRole('link').first().click();
  await page.getByRole('heading', { name: 'Session summary' }).waitFor();
  for (const rating of ['4 – Confident', '2 – Shaky', '5 – Very confident'])
    await page.getByText(rating, { exact: false }).first().waitFor();
  await page.getByText(/after replay 5 – Very confident/).waitFor();
  await expectFocusKept(page, 'opening a past session');
  await expect(page.getByRole('textbox', { name: /What went well/ }).inputValue()).resolves.toBe('Kept to time');
  expect(recordingFiles(dataDir)).toEqual(files);
  const again = await playbackDurations(page);
  for (const d of again) expect(d).toBeGreaterThan(0.5);
});

test('refused microphone: a clear message, and practice carries on without recording', async () => {
  const { page, dataDir } = await app.open();
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  await page.reload();
  await setUp(page, /^Microphone$/);
  await page.getByRole('alert').filter({ hasText: 'was not allowed to use the microphone' }).waitFor();
  await expectFocusKept(page, 'a refused microphone');
  await answerAndRate(page, 3, 300);
  await page.keyboard.press('Escape');
  await page.getByRole('alertdialog', { name: 'End this session now?' }).getByRole('button', { name: 'End session' }).click();
  await page.getByRole('heading', { name: 'Session summary' }).waitFor();
  await page.getByText('3 – Getting there').waitFor();
  await expect(page.getByText('Not reached.').count()).resolves.toBe(2);
  await expectFocusKept(page, 'ending a session early');
  expect(() => readdirSync(join(dataDir, 'recordings'))).toThrow();

  // Next steps: the weakest question comes straight back in a new session…
  await page.getByRole('button', { name: 'Practise the weakest question again' }).click();
  await page.getByText('Question 1 of 1').waitFor();
  await expectFocusKept(page, 'practising the weakest question again');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'End session' }).last().click();
  await page.getByRole('heading', { name: 'Session ended' }).waitFor();
  await expectFocusKept(page, 'ending an unanswered session');
  // …and the question's notes are one link away in the banks area.
  await page.goto(`${page.url().split('#')[0]}#/practice`);
  await page.getByRole('region', { name: 'Recent sessions' }).getByRole('link').first().click();
  await page.getByRole('link', { name: 'Open this question’s notes' }).first().click();
  await page.waitForURL(/#\/banks\/questions\/\d+$/);
  await expect(page.getByRole('heading', { name: 'Page not found' }).count()).resolves.toBe(0);
  await expectFocusKept(page, 'opening a question’s notes');
});
