import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { expectFocusKept } from './harness/focus';
import { tabTo } from './harness/keyboard';

/*
 * Keyboard-only walks through the flows that had none (stories, settings' backups): every action is a key
 * press, and after each one focus must be somewhere meaningful — the field at fault, the new page's heading,
 * the next control, or the control that opened a dialog — never the page body (issue 10 item 8).
 */

const app = useAppSessions();

/** Where focus is: the element's accessible-ish name, as `tabTo` reads it. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return (el?.getAttribute('aria-label') ?? el?.labels?.[0]?.textContent ?? el?.textContent ?? '').trim();
  });

/** A keyboard user starting from the top of the document (before the skip link and the navigation). */
async function fromTheTop(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

test('stories by keyboard: a refused save, a saved story, link and unlink a question, a dialog cancelled and confirmed', async () => {
  const { page } = await app.open();
  await page.getByRole('heading', { name: 'Practice', level: 1 }).waitFor();
  await fromTheTop(page);
  await tabTo(page, 'My stories');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'My stories', level: 1 }).waitFor();
  await expectFocusKept(page, 'opening My stories');

  await tabTo(page, 'New story');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'New story', level: 1 }).waitFor();
  await expectFocusKept(page, 'opening a new story');
  await tabTo(page, 'Save story');
  await page.keyboard.press('Enter');
  await page.getByText('Give the story a short title').waitFor();
  await expectFocusKept(page, 'a refused save');
  expect(await focusedName(page)).toBe('Title');

  await page.keyboard.type('Month-end close under a deadline');
  await tabTo(page, 'Teamwork');
  await page.keyboard.press('Space');
  await tabTo(page, 'Save story');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Month-end close under a deadline', level: 1 }).waitFor();
  await expectFocusKept(page, 'saving a new story');

  await tabTo(page, 'Find a question to link');
  await page.keyboard.type('difficult goal');
  await page.getByRole('list', { name: 'Matching questions' }).getByRole('button').first().waitFor();
  await tabTo(page, /^Link “Tell me about a time you worked/);
  await page.keyboard.press('Enter');
  await page
    .getByRole('status')
    .filter({ hasText: /^Linked “/ })
    .waitFor();
  await expectFocusKept(page, 'linking a question (its Link button goes)');
  await fromTheTop(page);
  await tabTo(page, /^Unlink “Tell me about a time you worked/);
  await page.keyboard.press('Enter');
  await page
    .getByRole('status')
    .filter({ hasText: /^Unlinked “/ })
    .waitFor();
  await expectFocusKept(page, 'unlinking a question (its row goes)');

  await tabTo(page, 'Delete story');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog', { name: 'Delete this story?' });
  await dialog.waitFor();
  expect(await expectFocusKept(page, 'opening the delete dialog')).toContain('Cancel');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expectFocusKept(page, 'cancelling the delete dialog');
  expect(await focusedName(page)).toBe('Delete story');
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await page.keyboard.press('Shift+Tab');
  expect(await focusedName(page)).toBe('Delete story');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'My stories', level: 1 }).waitFor();
  await page.getByText('No stories yet.').waitFor();
  await expectFocusKept(page, 'deleting a story');
});

test('backups by keyboard: back up now, a restore cancelled and confirmed, a backup deleted', async () => {
  const { page } = await app.open();
  await page.getByRole('heading', { name: 'Practice', level: 1 }).waitFor();
  await fromTheTop(page);
  await tabTo(page, 'Settings');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  await expectFocusKept(page, 'opening Settings');

  await tabTo(page, 'Back up now');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Backup made and verified.' }).waitFor();
  await expectFocusKept(page, 'backing up');
  expect(await focusedName(page)).toBe('Back up now');

  await tabTo(page, /^Restore the backup/);
  const opener = await focusedName(page);
  await page.keyboard.press('Enter');
  const restore = page.getByRole('alertdialog', { name: 'Restore this backup?' });
  await restore.waitFor();
  expect(await expectFocusKept(page, 'opening the restore dialog')).toContain('Cancel');
  await page.keyboard.press('Escape');
  await restore.waitFor({ state: 'detached' });
  await expectFocusKept(page, 'cancelling a restore');
  expect(await focusedName(page)).toBe(opener);

  await page.keyboard.press('Enter');
  await restore.waitFor();
  await page.keyboard.press('Shift+Tab');
  expect(await focusedName(page)).toBe('Restore');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Restored the backup' }).waitFor();
  await page.getByRole('row').filter({ hasText: 'Before a restore' }).waitFor();
  await expectFocusKept(page, 'restoring a backup');

  const deleteButtons = page.getByRole('button', { name: /^Delete the backup/ });
  const backups = await deleteButtons.count();
  await fromTheTop(page);
  await tabTo(page, /^Delete the backup/);
  await page.keyboard.press('Enter');
  const remove = page.getByRole('alertdialog', { name: 'Delete this backup?' });
  await remove.waitFor();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await remove.waitFor({ state: 'detached' });
  await expect.poll(() => deleteButtons.count()).toBe(backups - 1);
  await expectFocusKept(page, 'deleting a backup');
});
