import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { axeViolations } from './harness/axe';
import { ipc } from './harness/ipc';

const app = useAppSessions();

async function inTheme(page: Page, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme });
  await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
}

/** The accessible name of the focused element (its aria-label, else its text), or "BODY" when focus was lost. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    return el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
  });
}

const chosenTexts = (page: Page) => page.locator('.asks-chosen > li > span:first-child').allTextContents();

test('my own bank of questions to ask: made in the banks UI, left out of practice, picked and ordered for an interview by keyboard', async () => {
  const { page, bridge, restart } = await app.open();
  await page.setViewportSize({ width: 1280, height: 800 });

  // A bank of my own, marked as questions I ask, in the banks UI (which fits an 800 px window: no sideways scroll).
  await page.getByRole('link', { name: 'Question banks' }).click();
  await page.setViewportSize({ width: 800, height: 600 });
  await page.getByRole('heading', { name: 'Export and import' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  // The browser's own request for the icon is answered with the app's icon, not a 404.
  expect((await page.request.get(`${bridge.origin}/favicon.ico`)).headers()['content-type']).toBe('image/png');
  await page.getByRole('textbox', { name: 'Bank name' }).fill('For the partner round');
  await page.getByRole('radio', { name: /Questions I ask the interviewer/ }).check();
  await page.getByRole('button', { name: 'Create bank' }).click();
  await page.getByRole('heading', { name: 'For the partner round', level: 1 }).waitFor();
  await page.getByText(/Questions to ask the interviewer: left out of mock interviews/).waitFor();
  const bankId = Number(/#\/banks\/(\d+)/.exec(page.url())![1]);
  const mine = ['What would my first busy season look like?', 'How do partners give feedback?'];
  for (const text of mine) await ipc(page, bridge, 'questions.create', { bankId, text, category: 'The role' });

  // Left out of practice like the built-in bank: unticked, and marked "to ask".
  await page.getByRole('link', { name: 'Practice' }).click();
  const box = page.getByRole('checkbox', { name: /For the partner round \(2, to ask\)/ });
  await expect(box.isChecked()).resolves.toBe(false);

  const interview = await ipc(page, bridge, 'reflection.saveInterview', {
    company: 'Begbies & Co',
    role: 'Audit Associate',
    heldAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    stage: 'final',
    format: 'in_person',
  });
  await page.getByRole('link', { name: 'Reflection' }).click();
  await page.getByRole('link', { name: /My questions to ask at/ }).click();
  await page.getByRole('heading', { name: 'My questions to ask', level: 1 }).waitFor();
  await page.getByText('None chosen yet: add some from the list below.').waitFor();
  for (const scheme of ['light', 'dark'] as const) {
    await inTheme(page, scheme);
    expect(await axeViolations(page), `axe on the empty list (${scheme})`).toEqual([]);
  }

  // Keyboard only: add my two questions (each Add keeps focus in the list to choose from).
  const addFirst = page.getByRole('button', { name: `Add: ${mine[0]}` });
  await addFirst.focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('status')
    .filter({ hasText: `Added "${mine[0]}" as number 1.` })
    .waitFor();
  await expect(focusedName(page)).resolves.toMatch(/^Add: /);
  await page.getByRole('button', { name: `Add: ${mine[1]}` }).focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('status')
    .filter({ hasText: `Added "${mine[1]}" as number 2.` })
    .waitFor();
  expect(await chosenTexts(page)).toEqual(mine);

  // Move the second up with the keyboard: it is first, its Up is disabled, so focus is on its Down.
  await page.getByRole('button', { name: `Move up: ${mine[1]}` }).focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('status')
    .filter({ hasText: `Moved "${mine[1]}" to number 1.` })
    .waitFor();
  expect(await chosenTexts(page)).toEqual([mine[1], mine[0]]);
  await expect(focusedName(page)).resolves.toBe(`Move down: ${mine[1]}`);
  // Tab on from there reaches the next item's controls (nothing focusable was lost).
  await page.keyboard.press('Tab');
  await expect(focusedName(page)).resolves.toBe(`Remove: ${mine[1]}`);

  for (const scheme of ['light', 'dark'] as const) {
    await inTheme(page, scheme);
    expect(await axeViolations(page), `axe on the chosen list (${scheme})`).toEqual([]);
  }
  await inTheme(page, 'light');

  // Kept with the interview, in order, after a restart.
  await restart();
  await page.evaluate((id) => {
    location.hash = `#/reflection/interview/${id}/asks`;
  }, interview.id);
  await page.getByRole('heading', { name: 'My questions to ask', level: 1 }).waitFor();
  await expect.poll(() => chosenTexts(page)).toEqual([mine[1], mine[0]]);

  // Removing the last one by keyboard: focus goes to the remaining item's Remove, then to the heading.
  await page.getByRole('button', { name: `Remove: ${mine[0]}` }).focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('status')
    .filter({ hasText: `Removed "${mine[0]}".` })
    .waitFor();
  await expect(focusedName(page)).resolves.toBe(`Remove: ${mine[1]}`);
  await page.keyboard.press('Enter');
  await page
    .getByRole('status')
    .filter({ hasText: `Removed "${mine[1]}".` })
    .waitFor();
  await expect(focusedName(page)).resolves.toBe('In the order I will ask them');
});
