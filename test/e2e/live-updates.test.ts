import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { watchProgressStates } from './harness/import-file';
import { axeViolations } from './harness/axe';

const app = useAppSessions();

/** Marks the page, so a later check can prove it was never reloaded. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
}
async function wasReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded !== true);
}

async function openArea(page: Page, name: string, heading: string | RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
  await page.getByRole('main').getByRole('heading', { name: heading, level: 1 }).waitFor();
}

test('two tabs on one data folder: a bank created in one appears in the other without a reload', async () => {
  const { page: first, bridge } = await app.open();
  const second = await first.context().newPage();
  await second.goto(bridge.url);
  await openArea(first, 'Question banks', 'Question banks');
  await openArea(second, 'Question banks', 'Question banks');
  await markPage(second);
  await expect(second.getByRole('main').getByRole('link', { name: 'Onsite loop warm-ups' }).count()).resolves.toBe(0);

  const main = first.getByRole('main');
  await main.getByLabel('Bank name').fill('Onsite loop warm-ups');
  await main.getByRole('button', { name: 'Create bank' }).click();

  // The second tab hears `data.changed` over its event stream and refetches the bank list.
  await second.getByRole('main').getByRole('link', { name: 'Onsite loop warm-ups' }).waitFor();
  expect(await wasReloaded(second)).toBe(false);
  expect(await axeViolations(second)).toEqual([]);
});

test('a daily backup that fails in the background is shown in the open tab at once, without a reload', async () => {
  const { page, dataDir } = await app.open(undefined, { REHEARSE_BACKUP_CHECK_MS: '300' });
  await openArea(page, 'Settings', 'Settings');
  // The first scheduled look takes the day's backup; the list refreshes by itself when it exists.
  await page.getByRole('main').getByRole('rowheader').first().waitFor();
  await expect(page.getByText(/could not take today’s backup/).count()).resolves.toBe(0);
  await markPage(page);

  // Move the backups away (one atomic rename: the schedule may be writing beside them) and put a
  // plain file where their folder was: the next look is due and fails.
  renameSync(join(dataDir, 'backups'), join(dataDir, 'backups-moved'));
  writeFileSync(join(dataDir, 'backups'), 'not a folder');

  const notice = page.getByText(/Rehearse could not take today’s backup/);
  await notice.waitFor();
  expect(await wasReloaded(page)).toBe(false);
  // It sits in a polite live region, so a screen reader announces it too.
  await expect(notice.locator('xpath=ancestor::*[@aria-live="polite"]').count()).resolves.toBe(1);
  expect(await axeViolations(page)).toEqual([]);
});

test('an import shows a labelled progress bar with its steps, then the outcome', async () => {
  const { page, dataDir } = await app.open();
  await openArea(page, 'Settings', 'Settings');
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Export everything' }).click();
  await main.getByText('Export finished.').waitFor();
  const fileName = (await main.locator('code', { hasText: /^rehearse-everything-.*\.tar$/ }).textContent())!;

  const progressSeen = await watchProgressStates(page);
  await main.getByLabel('Import everything from an archive').setInputFiles(join(dataDir, 'exports', fileName));
  await main.getByRole('button', { name: 'Import and replace' }).click();
  await main.getByText(/^Imported \d+ answers/).waitFor();

  const seen = await progressSeen();
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.every((s) => s.startsWith('Importing'))).toBe(true);
  // The main process's own steps reached the page as events (the upload step is the page's own).
  expect(seen.some((s) => /Opening the archive|Checking the archive’s data|Copying recordings/.test(s))).toBe(true);
  expect(await main.locator('.job-progress').count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
});
