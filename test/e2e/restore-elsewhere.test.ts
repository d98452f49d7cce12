import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { expectFocusKept } from './harness/focus';
import { ipc } from './harness/ipc';
import { axeViolations } from './harness/axe';

/*
 * Issue 16, item 3: a restore in one tab while other tabs are open. Every
 * other tab reloads and says why; a tab that missed the news (its event
 * stream is down) has its pending edit refused — it lands in no record — and
 * reloads. New rows after the restore get ids never used before.
 */

const app = useAppSessions();

async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
}
async function wasReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded !== true);
}

test('a restore in one tab: other tabs reload with a notice; a stale tab’s pending edit is refused and written nowhere', async () => {
  const { page: restorer, bridge } = await app.open();
  await ipc(restorer, bridge, 'data.backupNow', {});
  const gone = await ipc(restorer, bridge, 'banks.create', { name: 'Made after the backup', description: 'Before' });

  // A tab whose event stream is down (asleep, reconnecting): it will not hear about the restore.
  const stale = await restorer.context().newPage();
  await stale.route('**/events**', (route) => route.abort());
  await stale.goto(`${bridge.url}#/banks/${gone.id}`);
  const staleMain = stale.getByRole('main');
  await staleMain.getByRole('heading', { name: 'Made after the backup', level: 1 }).waitFor();
  await staleMain.getByRole('button', { name: 'Edit name, description or purpose' }).click();
  await expectFocusKept(stale, 'opening the bank form');
  await staleMain.getByLabel('Bank name').fill('Edited in the stale tab');
  await markPage(stale);

  // A tab that hears events.
  const listening = await restorer.context().newPage();
  await listening.goto(`${bridge.url}#/banks`);
  await listening.getByRole('main').getByRole('heading', { name: 'Question banks', level: 1 }).waitFor();
  await markPage(listening);

  // The restore, through the UI.
  await restorer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await markPage(restorer);
  await restorer
    .getByRole('row')
    .filter({ hasText: 'Made by you' })
    .getByRole('button', { name: /^Restore the backup/ })
    .click();
  await restorer.getByRole('alertdialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
  await restorer.getByRole('status').filter({ hasText: 'Restored the backup' }).waitFor();
  await expectFocusKept(restorer, 'restoring a backup');

  // The listening tab reloaded and says why, in a polite live region.
  const notice = listening.getByText('Your data was restored from a backup; this page was reloaded.');
  await notice.waitFor();
  expect(await wasReloaded(listening)).toBe(true);
  await expect(notice.locator('xpath=ancestor::*[@aria-live="polite"]').count()).resolves.toBe(1);
  await listening.getByRole('main').getByRole('heading', { name: 'Question banks', level: 1 }).waitFor();
  expect(await axeViolations(listening)).toEqual([]);

  // The tab that restored keeps working without a reload: its next write is accepted.
  const newBank = restorer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Question banks' });
  await newBank.click();
  await restorer.getByRole('main').getByLabel('Bank name').fill('New after the restore');
  await restorer.getByRole('main').getByRole('button', { name: 'Create bank' }).click();
  await restorer.getByRole('main').getByRole('heading', { name: 'New after the restore', level: 1 }).waitFor();
  await expectFocusKept(restorer, 'creating a bank after the restore');
  expect(await wasReloaded(restorer)).toBe(false);
  const banks = await ipc(restorer, bridge, 'banks.list', {});
  const made = banks.find((b) => b.name === 'New after the restore')!;
  // Never the id of the bank the restore removed.
  expect(made.id).toBeGreaterThan(gone.id);

  // The stale tab saves its pending edit: refused, it reloads and says so; the edit is in no record.
  expect(await wasReloaded(stale)).toBe(false);
  await staleMain.getByRole('button', { name: 'Save bank' }).click();
  await stale.getByText(/^Your data was restored from a backup after this page loaded, so this bank was not saved/).waitFor();
  expect(await wasReloaded(stale)).toBe(true);
  const after = await ipc(restorer, bridge, 'banks.list', {});
  expect(after.map((b) => b.name)).not.toContain('Edited in the stale tab');
  expect(after.find((b) => b.id === made.id)).toMatchObject({ name: 'New after the restore' });
  expect(after.map((b) => b.id)).not.toContain(gone.id);
  // The bank the stale tab showed is gone: after the reload it says so, under its heading.
  await stale.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
  await expectFocusKept(stale, 'a refused stale save');
  expect(await axeViolations(stale)).toEqual([]);
});
