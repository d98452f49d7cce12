import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { emptySelfCheck } from '../../shared/domain/sessions';
import { useAppSessions } from './harness/app-session';
import { ipc } from './harness/ipc';

const app = useAppSessions();

/** A pasted URL or a long word: nothing to break it at but the letters themselves. */
const unbroken = (length: number) => 'https://example.org/' + 'x'.repeat(length - 20);

/** How far the page is wider than the window, in CSS pixels (0 or less when nothing sticks out sideways). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

test('long unbroken text (a pasted URL) wraps instead of widening the page, on every screen that shows it', async () => {
  const { page, bridge } = await app.open();
  await page.setViewportSize({ width: 800, height: 600 });
  const bank = await ipc(page, bridge, 'banks.create', { name: unbroken(120) });
  const question = await ipc(page, bridge, 'questions.create', { bankId: bank.id, text: unbroken(400) });
  const interview = await ipc(page, bridge, 'reflection.saveInterview', {
    company: unbroken(120),
    role: unbroken(120),
    heldAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    stage: 'first',
    format: 'video',
  });
  await ipc(page, bridge, 'progress.savePlan', { interviewId: interview.id, questions: [{ questionId: question.id, source: 'picked' }] });
  const options = await ipc(page, bridge, 'sessions.setupOptions', {});
  const session = await ipc(page, bridge, 'sessions.start', { setup: { ...options.defaults, count: 1 }, questionIds: [question.id] });
  await ipc(page, bridge, 'sessions.saveAnswer', {
    sessionId: session.id,
    position: 0,
    skipped: false,
    confidence: 3,
    timeUsedMs: 30_000,
    selfCheck: emptySelfCheck(),
    note: unbroken(2000),
    struggled: false,
  });
  await ipc(page, bridge, 'sessions.end', { sessionId: session.id });

  const screens: [string, string][] = [
    ['home', '#/'],
    ['the bank list', '#/banks'],
    ['the bank', `#/banks/${bank.id}`],
    ['the question', `#/banks/questions/${question.id}`],
    ['the plan', `#/readiness/${interview.id}/plan`],
    ['readiness', `#/readiness/${interview.id}`],
    ['the session summary', `#/practice/session/${session.id}`],
    ['the question’s history', `#/progress/question/${question.id}`],
    ['the interview log', '#/reflection'],
  ];
  for (const [name, hash] of screens) {
    await page.evaluate((to) => (location.hash = to), hash);
    await page.locator('main h1').first().waitFor();
    await page
      .getByText(/https:\/\/example\.org\/x/)
      .first()
      .waitFor();
    expect(await overflow(page), `${name} (${hash}) is wider than the window`).toBeLessThanOrEqual(0);
  }
});

test("a table of the app's own words (the backups) keeps each word whole at 800 px", async () => {
  const { page, bridge } = await app.open();
  await page.setViewportSize({ width: 800, height: 600 });
  // As in the walk: a backup made by hand, then restored (which adds "Before a restore"), so the Why column is wide.
  const made = await ipc(page, bridge, 'data.backupNow', {});
  await ipc(page, bridge, 'data.restoreBackup', { fileName: made.fileName });
  // The restore reloads the window; go to Settings once it has.
  await page.waitForLoadState();
  await page.locator('main h1').first().waitFor();
  await page.evaluate(() => (location.hash = '#/settings'));
  const table = page.locator('table.backup-table');
  await table.getByText('Before a restore').waitFor();
  // A word broken across lines has more than one line box: walker's walk saw "Verifie / d" and "604 / kB".
  const broken = await table.evaluate((el) =>
    [...el.querySelectorAll('td, th')].flatMap((cell) => {
      const words: string[] = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          if (range.getClientRects().length > 1) words.push(match[0]);
        }
      }
      return words;
    }),
  );
  expect(broken).toEqual([]);
});
