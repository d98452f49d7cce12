import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { emptySelfCheck } from '../../shared/domain/sessions';
import { useAppSessions } from './harness/app-session';
import { expectFocusKept } from './harness/focus';
import type { BridgeProcess } from './harness/bridge-process';
import { ipc } from './harness/ipc';

const app = useAppSessions();

/** One mock interview: starts it (with these questions, or `count` drawn by the app), rates each answer in turn, ends it. */
async function practise(page: Page, bridge: BridgeProcess, ratings: number[], questionIds?: number[]): Promise<number[]> {
  const options = await ipc(page, bridge, 'sessions.setupOptions', {});
  const setup = { ...options.defaults, count: ratings.length, pressure: 'soft' as const };
  const session = await ipc(page, bridge, 'sessions.start', questionIds ? { setup, questionIds } : { setup });
  for (const [i, confidence] of ratings.entries()) {
    await ipc(page, bridge, 'sessions.saveAnswer', {
      sessionId: session.id,
      position: i,
      skipped: false,
      confidence,
      timeUsedMs: 30_000 + i * 1000,
      selfCheck: { ...emptySelfCheck(), pace: true },
      note: '',
      struggled: false,
    });
  }
  await ipc(page, bridge, 'sessions.end', { sessionId: session.id });
  return session.items.map((item) => item.questionId);
}

async function openProgress(page: Page) {
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await page.getByRole('heading', { name: 'Confidence over time' }).waitFor();
}

test('a new user sees helpful empty states, then the right averages after two mock interviews, and reviews the low ones', async () => {
  const { page, bridge } = await app.open();
  await openProgress(page);
  await page.getByText('Your progress starts with your first mock interview').waitFor();
  await expectFocusKept(page, 'opening Progress');

  const asked = await practise(page, bridge, [1, 2, 3, 4, 5]);
  await practise(page, bridge, [5, 5], asked.slice(3, 5));
  await page.reload();
  await openProgress(page);

  // Seven ratings this week: (1+2+3+4+5+5+5) / 7 = 3.6, shown in the chart's table.
  const confidence = page.getByRole('region', { name: 'Confidence over time' });
  // Two sessions make two points by default (the grain follows the data); the week is one of the grains to choose.
  await confidence.getByRole('radio', { name: 'Each week' }).check();
  await expectFocusKept(page, 'choosing a grain');
  await confidence.getByText('Show as a table').click();
  const thisWeek = confidence.getByRole('table').getByRole('row').last();
  await expect(thisWeek.getByRole('cell').allTextContents()).resolves.toEqual(['3.6', '7']);
  await expectFocusKept(page, 'showing the chart as a table');
  await page.getByText('2 mock interviews').waitFor();
  // Current streak: today, the first figure beside the due card.
  await expect(page.getByRole('definition').first().textContent()).resolves.toMatch(/^1 day/);

  // Rated 1, 2 and 3: back later today. The weakest list starts with the one rated 1.
  const weakest = page.getByRole('region', { name: 'Weakest questions' });
  const firstWeak = await ipc(page, bridge, 'progress.questionHistory', { questionId: asked[0]!, limit: 5 });
  await expect(weakest.getByRole('link').first().textContent()).resolves.toBe(firstWeak.stats.text);
  const due = await ipc(page, bridge, 'progress.due', {});
  expect(due.dueToday).toBe(3);
  await page.getByText('3 questions are due today.').first().waitFor();

  await page.getByRole('button', { name: 'Practise the 3 due questions' }).first().click();
  await page.waitForURL(/#\/practice\/session\/\d+$/);
  const sessionId = Number(/session\/(\d+)$/.exec(page.url())![1]);
  const review = await ipc(page, bridge, 'sessions.get', { sessionId });
  expect(review.items.map((item) => item.questionId).sort()).toEqual(asked.slice(0, 3).sort());
  await expectFocusKept(page, 'starting the due questions');

  // A question's page lists every attempt with its rating and time against the limit.
  await page.goto(`${bridge.origin}/#/progress/question/${asked[4]}`);
  await page.getByRole('heading', { name: 'Every attempt' }).waitFor();
  await expect(page.getByRole('listitem').filter({ hasText: 'Confidence' }).count()).resolves.toBe(2);
  await expectFocusKept(page, 'opening a question’s attempts');
});

test('back up, change the data, restore: the earlier state is back and the changed one was kept aside', async () => {
  const { page, bridge } = await app.open();
  await practise(page, bridge, [2, 3]);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await page.getByRole('status').filter({ hasText: 'Backup made and verified.' }).waitFor();
  await expectFocusKept(page, 'backing up');

  await practise(page, bridge, [5, 5, 5]);
  expect((await ipc(page, bridge, 'progress.dashboard', { range: 'all' })).totals.rated).toBe(5);

  await page.reload();
  await page
    .getByRole('row')
    .filter({ hasText: 'Made by you' })
    .getByRole('button', { name: /^Restore the backup/ })
    .click();
  const confirm = page.getByRole('alertdialog', { name: 'Restore this backup?' });
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('status').filter({ hasText: 'Restored the backup' }).waitFor();
  await expectFocusKept(page, 'restoring a backup');
  await page.getByRole('row').filter({ hasText: 'Before a restore' }).waitFor();

  const restored = await ipc(page, bridge, 'progress.dashboard', { range: 'all' });
  expect(restored.totals).toMatchObject({ rated: 2, sessions: 1, average: 2.5 });
  await openProgress(page);
  await page.getByText('1 mock interview', { exact: true }).waitFor();
});

test('export everything, save the archive, import it into a fresh data folder: identical progress', async () => {
  const first = await app.open();
  const asked = await practise(first.page, first.bridge, [1, 4, 3]);
  await practise(first.page, first.bridge, [2], asked.slice(0, 1));
  await first.page.getByRole('link', { name: 'Settings' }).click();
  await first.page.getByRole('button', { name: 'Export everything' }).click();
  await first.page.getByRole('status').filter({ hasText: 'Export finished.' }).waitFor();
  await expectFocusKept(first.page, 'exporting everything');
  const [download] = await Promise.all([
    first.page.waitForEvent('download'),
    first.page.getByRole('button', { name: 'Save a copy elsewhere…' }).click(),
  ]);
  const archive = join(first.dataDir, 'copied-elsewhere.tar');
  await download.saveAs(archive);
  await expectFocusKept(first.page, 'saving the export elsewhere');
  expect(readdirSync(join(first.dataDir, 'exports')).some((name) => name.endsWith('.tar'))).toBe(true);
  const expected = await ipc(first.page, first.bridge, 'progress.dashboard', { range: 'all' });

  const second = await app.open();
  await second.page.getByRole('link', { name: 'Settings' }).click();
  await second.page.getByLabel('Import everything from an archive').setInputFiles(archive);
  await second.page.getByRole('alertdialog').getByRole('button', { name: 'Import and replace' }).click();
  await second.page.getByRole('status').filter({ hasText: 'Imported 4 answers' }).waitFor();
  await expectFocusKept(second.page, 'importing everything');

  expect(await ipc(second.page, second.bridge, 'progress.dashboard', { range: 'all' })).toEqual(expected);
  const history = await ipc(second.page, second.bridge, 'progress.questionHistory', { questionId: asked[0]!, limit: 10 });
  expect(history.attempts.map((a) => a.confidence)).toEqual([2, 1]);
  await openProgress(second.page);
  await second.page.getByText('2 mock interviews').waitFor();
  await expectFocusKept(second.page, 'opening the imported progress');
});
