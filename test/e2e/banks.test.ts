import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { chooseImportFile } from './harness/import-file';
import { expectFocusKept } from './harness/focus';
import type { BridgeProcess } from './harness/bridge-process';

const app = useAppSessions();

/** Calls a channel over the bridge, as the renderer does: used only to check what is stored. */
async function stored<T>(page: Page, bridge: BridgeProcess, channel: string, input: object): Promise<T> {
  const response = await page.request.post(`${bridge.origin}/ipc/${channel}`, {
    data: input,
    headers: { Authorization: `Bearer ${bridge.token}` },
  });
  const body = (await response.json()) as { ok: boolean; value: T };
  expect(body.ok).toBe(true);
  return body.value;
}

test('a new user searches, builds a bank, writes STAR notes, exports, deletes, imports it back, and finds it all after a restart', async () => {
  const session = await app.open();
  const { page, bridge } = session;
  const main = page.getByRole('main');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Question banks' }).click();
  await main.getByRole('heading', { name: 'Question banks', level: 1 }).waitFor();
  // The starter banks are there on first start.
  await main.getByRole('link', { name: 'Common openers' }).waitFor();
  await expectFocusKept(page, 'opening Question banks');

  // `/` opens search with the cursor in the box; arrows and Enter open a starter question.
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: /Search question text/ });
  await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
  await search.pressSequentially('yoursel');
  await page.getByRole('option', { name: /Tell me about yourself\./ }).waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: /questions? found/ })
    .waitFor();
  await search.press('Enter');
  await main.getByRole('heading', { name: 'Tell me about yourself.', level: 1 }).waitFor();
  await expectFocusKept(page, 'opening a search result');

  // Create a bank; a duplicate name is refused at the field.
  await page.getByRole('navigation', { name: 'Question banks' }).getByRole('link', { name: 'Banks' }).click();
  await main.getByLabel('Bank name').fill('common OPENERS');
  await main.getByRole('button', { name: 'Create bank' }).click();
  await main.getByText('A bank called “Common openers” already exists. Choose another name.').waitFor();
  await expectFocusKept(page, 'a refused bank name');
  await main.getByLabel('Bank name').fill('Consulting cases');
  await main.getByLabel('Description (optional)').fill('Case interview warm-ups');
  await main.getByRole('button', { name: 'Create bank' }).click();
  await main.getByRole('heading', { name: 'Consulting cases', level: 1 }).waitFor();
  await expectFocusKept(page, 'creating a bank');

  // Add a question: an empty text is refused at the field, then it is saved.
  await main.getByRole('link', { name: 'Add a question' }).click();
  await main.getByRole('button', { name: 'Add question' }).click();
  await main.getByText('Question text cannot be empty').waitFor();
  await expectFocusKept(page, 'a refused empty question');
  await main.getByLabel('Question', { exact: true }).fill('Tell me about a time you sized a market.');
  await main.getByLabel('Category').fill('Case work');
  await main.getByLabel('Tags (separated by commas)').fill('estimation');
  await main.getByLabel(/Answer with a STAR story/).check();
  await main.getByRole('button', { name: 'Add question' }).click();
  await main.getByRole('heading', { name: 'Tell me about a time you sized a market.', level: 1 }).waitFor();
  await expectFocusKept(page, 'adding a question');

  // Edit and tag it.
  await main.getByLabel('Question', { exact: true }).fill('Tell me about a time you sized a new market.');
  await main.getByLabel('Tags (separated by commas)').fill('estimation, Market Sizing');
  await main.getByLabel('Difficulty').selectOption('3');
  await main.getByRole('button', { name: 'Save details' }).click();
  await main.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await main.getByRole('heading', { name: 'Tell me about a time you sized a new market.', level: 1 }).waitFor();
  await expectFocusKept(page, 'saving question details');

  // STAR notes save as the user types, with a live word count and speaking time.
  const notes = {
    Situation: 'At university our society wanted a coffee cart.',
    Task: 'I had to estimate daily demand.',
    Action: 'I counted footfall for a week and surveyed fifty students.',
    Result: 'We forecast 120 cups a day and sold 110.',
  };
  for (const [label, text] of Object.entries(notes)) await main.getByRole('textbox', { name: new RegExp(`^${label}`) }).fill(text);
  await main.getByText(/^33 words — about 15 s to say at 130 words a minute, against a suggested 2 min/).waitFor();
  await main
    .getByRole('status')
    .filter({ hasText: /^Notes saved at/ })
    .waitFor();
  await expectFocusKept(page, 'notes saving as the user types');

  // Export the bank as JSON.
  await main.getByRole('link', { name: 'Back to Consulting cases' }).click();
  await main.getByRole('heading', { name: 'Consulting cases', level: 1 }).waitFor();
  await main
    .getByRole('listitem')
    .filter({ hasText: 'sized a new market' })
    .getByText(/my notes: 33 words/)
    .waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), main.getByRole('button', { name: 'Export this bank' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^rehearse-consulting-cases-\d{4}-\d\d-\d\d\.json$/);
  const exported = await readFile((await download.path())!, 'utf8');
  await expectFocusKept(page, 'exporting a bank');
  const before = JSON.parse(exported) as { banks: unknown[] };
  expect(before.banks).toHaveLength(1);

  // Delete it, with a confirmation that says what will happen.
  await main.getByRole('button', { name: 'Delete bank…' }).click();
  const confirm = main.getByRole('alertdialog', { name: 'Delete “Consulting cases”?' });
  await confirm.getByText(/deletes the bank and its 1 question/).waitFor();
  await confirm.getByRole('button', { name: 'Delete bank' }).click();
  await main.getByRole('heading', { name: 'Question banks', level: 1 }).waitFor();
  await main.getByRole('link', { name: 'Common openers' }).waitFor();
  await expect.poll(() => main.getByRole('link', { name: 'Consulting cases' }).count()).toBe(0);
  await expectFocusKept(page, 'deleting a bank');

  // Import the file back: preview first, then import.
  await page.getByRole('navigation', { name: 'Question banks' }).getByRole('link', { name: 'Import' }).click();
  await chooseImportFile(page, { name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(exported) });
  await main.getByRole('heading', { name: /Ready to import/ }).waitFor();
  await main.getByRole('row', { name: /Consulting cases new bank 1 0/ }).waitFor();
  await expectFocusKept(page, 'choosing a file to import');
  await main.getByRole('button', { name: 'Import 1 question' }).click();
  await main
    .getByRole('status')
    .filter({ hasText: /Imported 1 questions from/ })
    .waitFor();
  await expectFocusKept(page, 'importing a bank');
  await main.getByRole('link', { name: 'Open Consulting cases' }).click();
  await main.getByRole('link', { name: 'Tell me about a time you sized a new market.' }).click();
  for (const [label, text] of Object.entries(notes))
    await expect.poll(() => main.getByRole('textbox', { name: new RegExp(`^${label}`) }).inputValue()).toBe(text);
  await expect.poll(() => main.getByLabel('Tags (separated by commas)').inputValue()).toBe('estimation, market sizing');
  await expectFocusKept(page, 'opening an imported question');

  // A broken file: the error names the file, the line and the field; nothing changes.
  const banksBefore = await stored<unknown[]>(page, bridge, 'banks.list', { includeArchived: true });
  await page.getByRole('navigation', { name: 'Question banks' }).getByRole('link', { name: 'Import' }).click();
  const broken = 'bank,text,difficulty\nBroken bank,Fine question?,2\nBroken bank,,2\n';
  await chooseImportFile(page, { name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  // A spreadsheet whose rows cannot be read as mapped shows its columns and the problem, and cannot be imported.
  await main.getByRole('heading', { name: 'Check the columns of “broken.csv”' }).waitFor();
  await main
    .getByRole('alert')
    .getByText(/line 3, field “text”: Question text cannot be empty/)
    .waitFor();
  await expect.poll(() => main.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);
  await expectFocusKept(page, 'a refused import');
  await expect.poll(() => stored<unknown[]>(page, bridge, 'banks.list', { includeArchived: true })).toEqual(banksBefore);

  // After a restart everything is still there, and the exported copy matches byte for byte (but for the export time).
  await session.restart();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Question banks' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Consulting cases' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Tell me about a time you sized a new market.' }).click();
  expect(
    await page
      .getByRole('main')
      .getByRole('textbox', { name: /^Result/ })
      .inputValue(),
  ).toBe(notes.Result);
  // restart() starts a new bridge process (new port and token).
  const banks = await stored<{ id: number; name: string }[]>(page, session.bridge, 'banks.list', {});
  const again = await stored<{ content: string }>(page, session.bridge, 'banks.export', {
    bankId: banks.find((b) => b.name === 'Consulting cases')!.id,
    format: 'json',
  });
  const strip = (s: string) => s.replace(/"exportedAt": "[^"]+"/, '');
  expect(strip(again.content)).toBe(strip(exported));
});

test('a new user imports an Excel CSV in Windows-1252 with extra columns through the mapping step', async () => {
  const { page } = await app.open();
  const main = page.getByRole('main');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Question banks' }).click();
  await page.getByRole('navigation', { name: 'Question banks' }).getByRole('link', { name: 'Import' }).click();
  const buffer = await readFile(new URL('../fixtures/import/excel-windows-1252.csv', import.meta.url));
  await chooseImportFile(page, { name: 'My prep.csv', mimeType: 'text/csv', buffer });
  await main.getByRole('heading', { name: 'Ready to import “My prep.csv”' }).waitFor();
  await main.getByText(/CSV file, read as Windows-1252 \(Western European\): 2 questions in 1 bank/).waitFor();
  // Every column is listed; the unknown "Date" is ignored and says so; the user maps "My answer" to guidance instead of notes.
  const date = main.getByRole('combobox', { name: 'Import column “Date” as' });
  await expect.poll(() => date.inputValue()).toBe('ignore');
  const answer = main.getByRole('combobox', { name: 'Import column “My answer” as' });
  await expect.poll(() => answer.inputValue()).toBe('notes');
  await answer.focus();
  await answer.selectOption({ label: 'Guidance' });
  await main
    .getByRole('row', { name: /line 2 Why do you want this role\? My prep Motivation Because the café culture “matters” – and € too/ })
    .waitFor();
  await expect.poll(() => answer.evaluate((el) => el === document.activeElement)).toBe(true);
  await main.getByRole('button', { name: 'Import 2 questions' }).click();
  await main
    .getByRole('status')
    .filter({ hasText: /Imported 2 questions from “My prep\.csv”/ })
    .waitFor();
  await expectFocusKept(page, 'importing a CSV');
  await main.getByRole('link', { name: 'Open My prep' }).click();
  await main.getByRole('link', { name: 'Tell me about a naïve mistake' }).click();
  await expect.poll(() => main.getByLabel(/^Guidance/).inputValue()).toBe('I learned to check résumés twice');
  await expectFocusKept(page, 'opening a CSV question');
});

test('deleting the last bank is refused with a clear message', async () => {
  const { page, bridge } = await app.open();
  const banks = await stored<{ id: number; name: string }[]>(page, bridge, 'banks.list', {});
  for (const bank of banks.slice(1)) await stored(page, bridge, 'banks.remove', { id: bank.id });
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Question banks' }).click();
  const main = page.getByRole('main');
  await main.getByRole('link', { name: banks[0]!.name }).click();
  await main.getByRole('button', { name: 'Delete bank…' }).click();
  await main.getByRole('alertdialog').getByText('This is your only bank. Create another bank before deleting this one.').waitFor();
  await expectFocusKept(page, 'a refused delete');
  await expect.poll(() => main.getByRole('alertdialog').getByRole('button', { name: 'Delete bank' }).count()).toBe(0);
});
