import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { chooseImportFile } from './harness/import-file';
import { axeViolations } from './harness/axe';
import { expectFocusKept } from './harness/focus';
import { ipc } from './harness/ipc';

const app = useAppSessions();

// The walk's file (walk4 finding 3): three good rows in French, Spanish and Japanese with emoji and Arabic,
// a row with an empty question and a row with an extra column.
const header = 'Bank,Question,My answer';
const good = [
  'Walk,Pourquoi voulez-vous ce poste ? 🇫🇷,Pour apprendre',
  'Walk,"¿Por qué usted, y no otro?",Porque sí 👍🏽',
  'Walk,なぜ弊社ですか？,لأنني أحب هذا العمل',
];
const emptyQuestion = 'Walk,,an answer without a question';
const extraColumn = 'Walk,Extra?,notes,surprise';
const csv = [header, good[0], emptyQuestion, good[1], extraColumn, good[2]].join('\r\n') + '\r\n';

test('a CSV with two bad rows: the preview names them by row, the bad rows are saved, and the three good rows are imported', async () => {
  const { page, bridge } = await app.open();
  const main = page.getByRole('main');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Question banks' }).click();
  await page.getByRole('navigation', { name: 'Question banks' }).getByRole('link', { name: 'Import' }).click();
  await chooseImportFile(page, { name: 'prep.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });

  await main.getByRole('heading', { name: 'Check the rows of “prep.csv”' }).waitFor();
  await main.getByText(/CSV file, read as UTF-8: 3 questions in 1 bank; 2 rows cannot be imported\./).waitFor();
  const region = main.getByRole('region', { name: '2 rows cannot be imported' });
  await expect
    .poll(() => region.getByRole('listitem').allTextContents())
    .toEqual([
      `Row 3: column “Question”: Question text cannot be empty. The row reads: ${emptyQuestion}`,
      `Row 5: This row has 4 cells but the header has 3 columns (extra columns). The row reads: ${extraColumn}`,
    ]);
  // The good rows are shown as they will be imported; nothing can be imported until the user chooses to skip the bad ones.
  await main.getByRole('row', { name: /row 4 ¿Por qué usted, y no otro\? Walk Porque sí 👍🏽/ }).waitFor();
  const importButton = main.getByRole('button', { name: 'Import 3 questions' });
  await expect.poll(() => importButton.isDisabled()).toBe(true);
  await expectFocusKept(page, 'a preview with bad rows');
  expect(await axeViolations(page)).toEqual([]);

  // The bad rows are saved as a file of their own: the header, then each row exactly as written.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    region.getByRole('button', { name: 'Save the 2 rows as a file…' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('prep - rows not imported.csv');
  const saved = await readFile((await download.path())!, 'utf8');
  expect(saved).toBe(`\uFEFF${header}\r\n${emptyQuestion}\r\n${extraColumn}\r\n`);
  await region.getByRole('status').filter({ hasText: 'Saved the 2 rows that cannot be imported' }).waitFor();

  // The explicit choice, by keyboard.
  const choice = region.getByRole('checkbox', { name: 'Import the 3 good rows and skip the 2 bad ones' });
  await choice.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => importButton.isEnabled()).toBe(true);
  await importButton.click();
  await main
    .getByRole('status')
    .filter({ hasText: 'Imported 3 questions from “prep.csv”, creating 1 bank; skipped 2 rows that could not be imported.' })
    .waitFor();
  await expectFocusKept(page, 'importing the good rows');

  const walk = (await ipc(page, bridge, 'banks.list', {})).find((b) => b.name === 'Walk')!;
  const questions = await ipc(page, bridge, 'questions.list', { bankId: walk.id });
  expect(questions.map((q) => [q.text, q.notes.free])).toEqual([
    ['Pourquoi voulez-vous ce poste ? 🇫🇷', 'Pour apprendre'],
    ['¿Por qué usted, y no otro?', 'Porque sí 👍🏽'],
    ['なぜ弊社ですか？', 'لأنني أحب هذا العمل'],
  ]);

  // The saved file, fixed in a spreadsheet, imports the rest.
  const fixed = saved.replace(',,an answer', ',What would you change?,an answer').replace(',notes,surprise', ',notes');
  await main.getByRole('button', { name: 'Choose a file to import…' }).waitFor();
  await chooseImportFile(page, { name: 'prep - rows not imported.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed, 'utf8') });
  await main.getByRole('heading', { name: 'Ready to import “prep - rows not imported.csv”' }).waitFor();
  await main.getByRole('button', { name: 'Import 2 questions' }).click();
  await main
    .getByRole('status')
    .filter({ hasText: /Imported 2 questions/ })
    .waitFor();
  expect((await ipc(page, bridge, 'questions.list', { bankId: walk.id })).map((q) => q.text).slice(3)).toEqual([
    'What would you change?',
    'Extra?',
  ]);
});
