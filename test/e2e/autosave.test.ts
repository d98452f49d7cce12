import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { axeViolations } from './harness/axe';
import { expectFocusKept } from './harness/focus';
import { startMockInterview } from './harness/practice-setup';

const app = useAppSessions();

/** Opens the first starter question of "Common openers" and returns its address (hash route). */
async function openStarterQuestion(page: Page): Promise<string> {
  const main = page.getByRole('main');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Question banks' }).click();
  await main.getByRole('link', { name: 'Common openers' }).click();
  await main.getByRole('link', { name: 'Tell me about yourself.' }).click();
  await main.getByRole('heading', { name: 'Tell me about yourself.', level: 1 }).waitFor();
  return new URL(page.url()).hash;
}

/** A second, separate browser window (its own storage, like another browser or the desktop app) on the same question. */
async function otherWindow(page: Page, url: string, hash: string): Promise<Page> {
  const context = await page.context().browser()!.newContext();
  const other = await context.newPage();
  await other.goto(`${url}${hash}`);
  await other.getByRole('main').getByRole('heading', { name: 'Tell me about yourself.', level: 1 }).waitFor();
  return other;
}

const notesBox = (page: Page, label: string) => page.getByRole('main').getByRole('textbox', { name: new RegExp(`^${label}`) });

test('notes typed just before a reload are saved: the page flushes on pagehide with a keepalive request', async () => {
  const { page, bridge } = await app.open();
  const hash = await openStarterQuestion(page);
  const text = 'Typed a moment before reloading';
  // Take away the page's local copy of unsaved typing, so only the flush on the way out can have saved it.
  await page.evaluate(() => (Storage.prototype.setItem = () => undefined));
  await notesBox(page, 'Situation').fill(text);
  // Well inside the 500 ms pause before the autosave would have sent it.
  await page.reload();
  await notesBox(page, 'Situation').waitFor();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('rehearse.unsaved.')))).toEqual([]);
  await expect.poll(() => notesBox(page, 'Situation').inputValue()).toBe(text);

  // Stored by the main process, not only kept in this browser: a fresh window with empty storage reads it too.
  const other = await otherWindow(page, bridge.url, hash);
  expect(await notesBox(other, 'Situation').inputValue()).toBe(text);
  await other.context().close();
});

test('two windows on one question: other notes merge; the same note shows both texts and the user chooses', async () => {
  const { page: a, bridge } = await app.open();
  const hash = await openStarterQuestion(a);
  const b = await otherWindow(a, bridge.url, hash);
  const status = (page: Page) =>
    page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /Notes saved at|not saved/ });

  // Different notes: both kept.
  await notesBox(a, 'Task').fill('Task from window A');
  await status(a).filter({ hasText: 'Notes saved at' }).waitFor();
  await notesBox(b, 'Result').fill('Result from window B');
  await status(b).filter({ hasText: 'Notes saved at' }).waitFor();

  // The same note: window B is told, with both texts, and nothing is overwritten.
  await notesBox(a, 'Situation').fill('Situation from window A');
  await status(a).filter({ hasText: 'Notes saved at' }).waitFor();
  await notesBox(b, 'Situation').fill('Situation from window B');
  const notice = b.getByRole('region', { name: 'Changed in another window' });
  await notice.waitFor();
  await expect(status(b).textContent()).resolves.toMatch(/the same text was changed in another window/);
  await expect(notice.getByText('Situation from window B', { exact: true }).isVisible()).resolves.toBe(true);
  await expect(notice.getByText('Situation from window A', { exact: true }).isVisible()).resolves.toBe(true);
  expect(await axeViolations(b)).toEqual([]);

  // Nothing was overwritten: window A (reloaded) still has its text and B's merged result.
  await a.reload();
  await expect.poll(() => notesBox(a, 'Situation').inputValue()).toBe('Situation from window A');
  expect(await notesBox(a, 'Result').inputValue()).toBe('Result from window B');

  // "Keep mine" in window B: its text is saved over A's, keyboard only.
  await notice.getByRole('button', { name: 'Keep mine' }).focus();
  await b.keyboard.press('Enter');
  await status(b).filter({ hasText: 'Notes saved at' }).waitFor();
  await expect(notice.count()).resolves.toBe(0);
  await a.reload();
  await expect.poll(() => notesBox(a, 'Situation').inputValue()).toBe('Situation from window B');
  expect(await notesBox(a, 'Task').inputValue()).toBe('Task from window A');
  await b.context().close();
});

test('"Use theirs" puts the other window’s text in the field', async () => {
  const { page: a, bridge } = await app.open();
  const hash = await openStarterQuestion(a);
  const b = await otherWindow(a, bridge.url, hash);
  await notesBox(a, 'Action').fill('Action from window A');
  await a.getByRole('main').getByRole('status').filter({ hasText: 'Notes saved at' }).waitFor();
  await notesBox(b, 'Action').fill('Action from window B');
  const notice = b.getByRole('region', { name: 'Changed in another window' });
  await notice.getByRole('button', { name: 'Use theirs' }).click();
  await expect.poll(() => notesBox(b, 'Action').inputValue()).toBe('Action from window A');
  await expect(notice.count()).resolves.toBe(0);
  // Dark theme too: the notice is axe-clean in both.
  await notesBox(b, 'Action').fill('Action from window B, again');
  await b.getByRole('main').getByRole('status').filter({ hasText: 'Notes saved at' }).waitFor();
  await notesBox(a, 'Action').fill('Action from window A, again');
  await a.getByRole('region', { name: 'Changed in another window' }).waitFor();
  await a.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(a)).toEqual([]);
  await b.context().close();
});

test('a rating note typed just before a reload is saved by the same flush, and is in the summary after the reload', async () => {
  const { page } = await app.open();
  await startMockInterview(page, 2, /^Off$/);
  await page.getByRole('button', { name: 'Finish answer' }).click();
  await page.getByRole('heading', { name: 'How did that go?' }).waitFor();
  await page.keyboard.press('3');
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  // Well inside the 800 ms pause before the note would have been sent.
  await page.getByRole('textbox', { name: 'Note (optional)' }).fill('Typed a moment before reloading');
  await page.reload();
  await page.getByRole('heading', { name: 'Carry on with your session?' }).waitFor();
  await page.getByRole('button', { name: 'End the session here' }).click();
  await page.getByRole('heading', { name: 'Session summary' }).waitFor();
  await page.getByText('Typed a moment before reloading').waitFor();
  await expectFocusKept(page, 'ending the resumed session');
});
