import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import questionsToAsk from '../../resources/starter-banks/06-questions-to-ask.json';
import { useAppSessions } from './harness/app-session';
import { expectFocusKept } from './harness/focus';
import { tabTo } from './harness/keyboard';
import { axeViolations } from './harness/axe';
import { ipc } from './harness/ipc';

const app = useAppSessions();
const askTexts = new Set(questionsToAsk.questions.map((q) => q.text));

/** axe-core's serious and critical findings (the ones the issue counts), in the theme the page shows now. */
async function seriousViolations(page: Page): Promise<string[]> {
  return axeViolations(page);
}

async function inTheme(page: Page, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme });
  // The theme preference is "system" (the default), so the page follows the emulated scheme.
  await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
}

/** Keyboard only: from the think phase to a rated answer (Space starts answering, Space finishes, a digit rates). */
async function answerWithKeys(page: Page, confidence: number): Promise<string> {
  await page.getByRole('button', { name: /Start answering|Finish answer/ }).waitFor();
  if (await page.getByRole('button', { name: /Start answering/ }).isVisible()) {
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Finish answer' }).waitFor();
  }
  await page.keyboard.press('Space');
  await page.getByRole('heading', { name: 'How did that go?' }).waitFor();
  const question = (await page.locator('.rating-question').textContent()) ?? '';
  await page.keyboard.press(String(confidence));
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  return question;
}

test('a first-time user goes from the first screen to a finished three-question session, keyboard only, with no question to ask', async () => {
  const { page, restart, bridge } = await app.open(undefined, {}, { firstRun: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('heading', { name: 'Welcome to Rehearse', level: 1 }).waitFor();

  // Above the fold at 1280×800, nothing scrolled.
  const quick = page.getByRole('button', { name: 'Start a 3-question practice' });
  const box = (await quick.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  for (const scheme of ['light', 'dark'] as const) {
    await inTheme(page, scheme);
    expect(await seriousViolations(page), `axe on the first-run screen (${scheme})`).toEqual([]);
  }
  await inTheme(page, 'light');

  // Keyboard only. A fresh load focuses <main> (app/use-route-focus.ts); the role family is the first stop in it.
  await page.locator('main').focus();
  let keys = 0;
  keys += await tabTo(page, /Audit and accountancy practice/, 3);
  await page.keyboard.press('ArrowDown');
  keys++;
  await expect(page.getByRole('radio', { name: 'Insolvency and restructuring' }).isChecked()).resolves.toBe(true);
  keys += await tabTo(page, /Start a 3-question practice/, 8);
  await page.keyboard.press('Enter');
  keys++;

  const asked: string[] = [];
  for (let n = 0; n < 3; n++) {
    asked.push(await answerWithKeys(page, 3 + (n % 2)));
    keys += 3;
    if (n === 0) {
      // Guidance: one key away after the blind rating, collapsed until asked for.
      const toggle = page.getByRole('button', { name: /Check against the guidance and my notes/ });
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      await page.keyboard.press('g');
      await page.getByRole('heading', { name: 'What a good answer contains' }).waitFor();
      expect(await seriousViolations(page), 'axe on the rating with the guidance open').toEqual([]);
      await page.getByRole('radio', { name: /^5 – / }).nth(1).check();
      await page.getByRole('status').filter({ hasText: 'Second rating saved.' }).waitFor();
      await expectFocusKept(page, 'a second rating');
      // Focus is on the second scale's radio, where Enter belongs to the control: go on with the button.
      await page.getByRole('button', { name: 'Next question' }).click();
    } else {
      await page.keyboard.press('Enter');
    }
    keys++;
  }
  await page.getByRole('heading', { name: /summary/i, level: 1 }).waitFor();
  expect(asked).toHaveLength(3);
  await expectFocusKept(page, 'finishing the first session');
  expect(asked.filter((text) => askTexts.has(text))).toEqual([]);
  // A minute of clicks: the whole walk is a handful of key presses (no waiting on the app counted here).
  expect(keys).toBeLessThanOrEqual(25);

  await expect(page.getByText(/after reading the guidance 5/).count()).resolves.toBe(1);
  const summaryHash = new URL(page.url()).hash;
  // An interview logged for next week (as the first screen's date would): home then leads with it.
  await ipc(page, bridge, 'reflection.saveInterview', {
    company: 'Begbies & Co',
    role: 'Audit Associate',
    heldAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    stage: 'first',
    format: 'video',
  });

  await restart();
  // The first run is done: the home with "Same again?" shows, not the welcome.
  await page.getByRole('heading', { name: 'Practice', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Same again?' }).waitFor();
  await expect(page.getByRole('heading', { name: 'Welcome to Rehearse' }).count()).resolves.toBe(0);
  // The set-up's Start, fully in view without scrolling at 1280×800, though home now leads with the upcoming
  // interview, due review and "Same again?": its bar sticks to the window's bottom over the whole home.
  const startButton = page.getByRole('button', { name: 'Start the mock interview' });
  await page.getByRole('heading', { name: 'Set up a mock interview' }).waitFor();
  await page.getByRole('heading', { name: /Begbies & Co/ }).waitFor();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const start = (await startButton.boundingBox())!;
  expect(start.y).toBeGreaterThanOrEqual(0);
  expect(start.y + start.height).toBeLessThanOrEqual(800);
  // It is the button that is on top there, not covered by anything.
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent, {
    x: start.x + start.width / 2,
    y: start.y + start.height / 2,
  });
  expect(hit).toBe('Start the mock interview');
  for (const scheme of ['light', 'dark'] as const) {
    await inTheme(page, scheme);
    expect(await seriousViolations(page), `axe on the set-up (${scheme})`).toEqual([]);
  }
  // The restarted bridge has a new port and token: move within the page to the session's address.
  await page.evaluate((hash) => {
    location.hash = hash;
  }, summaryHash);
  await page.getByText(/after reading the guidance 5/).waitFor();
});

test('a half-filled optional interview never holds up the first run: it is kept, and home offers to finish logging it', async () => {
  const { page } = await app.open(undefined, {}, { firstRun: true });
  await page.setViewportSize({ width: 800, height: 600 });
  await page.getByRole('heading', { name: 'Welcome to Rehearse', level: 1 }).waitFor();
  await page.getByRole('radio', { name: 'Graduate or early career' }).check();
  await page.getByRole('textbox', { name: 'Company' }).fill('Begbies & Co');
  await page.getByRole('button', { name: 'Set up my own session' }).click();
  await page.getByRole('heading', { name: 'Set up a mock interview' }).waitFor();
  await expectFocusKept(page, 'leaving the first run');
  // Graduate: the graduate bank is ticked, questions to ask are not.
  // The set-up's ticks follow the saved choice once its options have loaded: wait for that, not for time.
  await expect.poll(() => page.getByRole('checkbox', { name: /Graduate and early career/ }).isChecked()).toBe(true);
  await expect(page.getByRole('checkbox', { name: /Questions to ask the interviewer/ }).isChecked()).resolves.toBe(false);
  // At 800×600 Start stays reachable: the bar is in view while the form scrolls.
  const start = (await page.getByRole('button', { name: 'Start the mock interview' }).boundingBox())!;
  expect(start.y + start.height).toBeLessThanOrEqual(600);

  // What was typed is kept (a reload included), with what is missing named, and one click from being logged.
  await page.reload();
  await page.getByText('Not logged yet: your interview at Begbies & Co. Enter the date of the interview.').waitFor();
  expect(await seriousViolations(page), 'axe on home with an unfinished interview').toEqual([]);
  await page.getByRole('button', { name: 'Finish logging the interview' }).click();
  const form = page.getByRole('form', { name: 'Log an upcoming interview' });
  // Focus goes to what is missing (the date), not to the company already typed.
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('date');
  expect(await form.getByLabel('Company (required)').inputValue()).toBe('Begbies & Co');
  // The role is never filled in from the role family: only what the user typed.
  expect(await form.getByLabel('Role (required)').inputValue()).toBe('');
  await form.getByLabel('Role (required)').fill('Graduate trainee');
  await form.getByLabel('Date (required)').fill('2099-03-14');
  await form.getByRole('button', { name: 'Save and plan what to practise' }).click();
  await page.getByRole('heading', { name: /^Preparation plan: Graduate trainee at Begbies & Co/ }).waitFor();
  await expectFocusKept(page, 'logging the kept interview');

  await page.getByRole('link', { name: 'Reflection' }).click();
  await page
    .getByText(/Begbies & Co/)
    .first()
    .waitFor();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('combobox', { name: 'Role family' }).inputValue()).resolves.toBe('graduate');
});
