import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { chooseImportFile, watchProgressStates } from './harness/import-file';
import { axeViolations } from './harness/axe';

const app = useAppSessions();

test('a question import shows a labelled progress bar with the main process’s steps, then the outcome', async () => {
  const { page } = await app.open();
  const main = page.getByRole('main');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Question banks' }).click();
  await main.getByRole('heading', { name: 'Question banks', level: 1 }).waitFor();
  await page.goto(`${page.url().split('#')[0]}#/banks/import`);
  await main.getByRole('heading', { name: 'Import questions', level: 1 }).waitFor();

  const rows = Array.from({ length: 3000 }, (_, i) => `Tell me about project ${i} and what you learned from it?`);
  await chooseImportFile(page, { name: 'Projects.csv', mimeType: 'text/csv', buffer: Buffer.from(`text\n${rows.join('\n')}\n`) });
  await main.getByRole('heading', { name: 'Ready to import “Projects.csv”' }).waitFor();

  const progressSeen = await watchProgressStates(page);
  await main.getByRole('button', { name: /^Import \d/ }).click();
  await main.getByText(/^Imported 3,000 questions from “Projects.csv”/).waitFor();

  const seen = await progressSeen();
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.every((s) => s.startsWith('Importing questions'))).toBe(true);
  expect(seen.some((s) => /Checking the questions in the file|Backing up your current data|Adding the questions/.test(s))).toBe(true);
  expect(await main.locator('.job-progress').count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
});
