import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { expect, test, vi } from 'vitest';
import type { Question } from '../../shared/domain/questions';
import { emptySelfCheck } from '../../shared/domain/sessions';
import { fakeClockEnv, libfaketimeMissing } from '../helpers/faketime';
import { notesSave } from '../helpers/notes-save';
import { type AppSession, useAppSessions } from './harness/app-session';
import { chooseImportFile } from './harness/import-file';
import { ipc } from './harness/ipc';

vi.setConfig({ testTimeout: 900_000 });
const app = useAppSessions();

// The first server's clock starts ten seconds before local midnight in London on the night the clocks go
// forward (29 March 2026, 01:00 UTC), so answers and timestamps fall either side of midnight and the change.
const noFaketime = libfaketimeMissing();
if (noFaketime && process.env.CI) throw new Error(noFaketime);
const nearMidnightDst = noFaketime ? {} : { ...fakeClockEnv({ at: '2026-03-28T23:59:50Z' }), TZ: 'Europe/London' };

/**
 * Text that has broken importers and spreadsheets: ZWJ emoji with skin tones, combining marks (typed
 * decomposed), right-to-left and CJK text, tabs and line breaks (LF and CRLF) inside notes, cells that
 * start with a formula character, quotes, commas, semicolons, a line of thousands of characters,
 * Markdown and Anki syntax look-alikes, and spaces at the edges.
 */
const hard = {
  bank: 'Fidelity — 忠実 ✓ "quoted", semi; colon:',
  description: '=HYPERLINK("x") — שלום, مرحبا; 面试 👩🏽‍💻',
  text: '+1 priority: Cafe\u0301 👩🏽‍💻 👨‍👩‍👧‍👦 — שלום עולם — مرحبا — 面试の質問? "quoted", a;b',
  category: '-Résumé & CV — 履歴書',
  tags: ['naïve', 'עברית', '中文', '@home', '+plus'],
  guidance: `- Action: name the trade-off.\n\tindented with a tab\n${'long '.repeat(380)}end`,
  notes: {
    situation: '  leading and trailing spaces  ',
    task: 'T "quoted", here;\n> not a quote\n\ttab inside',
    action: '## not a heading\r\nafter a CRLF',
    result: '👍🏿👍🏻 🏳️‍🌈 @mention',
    // Long, but short enough that the Anki card's back (guidance and every part, re-imported as free notes) fits their 10,000.
    free: `=1+1, "x"; ${'y'.repeat(6000)}`,
  },
  others: ['=SUM(A1:A3) or @mention', '#1 priority in your first 90 days?', '-minus first\tand a tab', '@at first'],
};

// Ids, the row version and the install's own times are bookkeeping, not part of what a bank export carries.
const comparable = ({ id: _i, bankId: _b, starterKey: _s, createdAt: _c, updatedAt: _u, version: _v, ...q }: Question) => q;

async function save(download: Download): Promise<{ name: string; buffer: Buffer }> {
  return { name: download.suggestedFilename(), buffer: await readFile((await download.path())!) };
}

async function openBank(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Question banks' }).click();
  await page.getByRole('main').getByRole('link', { name }).click();
  await page.getByRole('main').getByRole('heading', { name, level: 1 }).waitFor();
}

async function exportBank(page: Page, format: string): Promise<{ name: string; buffer: Buffer }> {
  const main = page.getByRole('main');
  await main.getByLabel('Export format').selectOption(format);
  const [download] = await Promise.all([page.waitForEvent('download'), main.getByRole('button', { name: 'Export this bank' }).click()]);
  return save(download);
}

async function importFile(page: Page, file: { name: string; buffer: Buffer }) {
  const main = page.getByRole('main');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Question banks' }).click();
  await page.getByRole('navigation', { name: 'Question banks' }).getByRole('link', { name: 'Import' }).click();
  await chooseImportFile(page, { name: file.name, mimeType: 'text/plain', buffer: file.buffer });
  // Whatever the preview says, it says it in its heading: a file with problems fails here with the preview's text.
  const heading = main.getByRole('heading', { name: /^(Ready to import|Check the (rows|columns) of) “/ });
  await heading.waitFor();
  if ((await heading.textContent()) !== `Ready to import “${file.name}”`)
    expect(await main.locator('.import-preview').innerText()).toBe('');
  await main.getByRole('button', { name: /^Import \d+ questions$/ }).click();
  await main
    .getByRole('status')
    .filter({ hasText: /^Imported \d+ questions from/ })
    .waitFor();
}

async function bankQuestions(session: AppSession, name: string): Promise<Question[]> {
  const bank = (await ipc(session.page, session.bridge, 'banks.list', { includeArchived: true })).find((b) => b.name === name);
  expect(bank, `bank “${name}”`).toBeDefined();
  return ipc(session.page, session.bridge, 'questions.list', { bankId: bank!.id, includeArchived: true });
}

/** Everything the archive carries, read back through the contract: banks, questions, sessions with answers, interviews, stories. */
async function everything(session: AppSession) {
  const { page, bridge } = session;
  const banks = await ipc(page, bridge, 'banks.list', { includeArchived: true });
  const questions = await Promise.all(banks.map((b) => ipc(page, bridge, 'questions.list', { bankId: b.id, includeArchived: true })));
  const sessions = await ipc(page, bridge, 'sessions.list', {});
  const details = await Promise.all(sessions.map((s) => ipc(page, bridge, 'sessions.get', { sessionId: s.id })));
  // Whether a thank-you reminder is due is worked out from the reader's clock (the two servers' differ), not stored.
  const interviews = (await ipc(page, bridge, 'reflection.listInterviews', {})).map(({ thankYouReminder: _due, ...i }) => i);
  const stories = await ipc(page, bridge, 'stories.list', {});
  return { banks, questions, sessions, details, interviews, stories };
}

test('every export format, downloaded from the UI, imports through the UI into a fresh data folder with every character intact', async () => {
  const home = await app.open(undefined, nearMidnightDst);
  const { page, bridge } = home;
  const main = page.getByRole('main');

  // The bank and its first question are typed into the UI's forms (fill, as a paste would arrive).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Question banks' }).click();
  await main.getByLabel('Bank name').fill(hard.bank);
  await main.getByLabel('Description (optional)').fill(hard.description);
  await main.getByRole('button', { name: 'Create bank' }).click();
  await main.getByRole('heading', { name: hard.bank, level: 1 }).waitFor();
  await main.getByRole('link', { name: 'Add a question' }).click();
  await main.getByLabel('Question', { exact: true }).fill(hard.text);
  await main.getByLabel('Category').fill(hard.category);
  await main.getByLabel('Tags (separated by commas)').fill(hard.tags.join(', '));
  await main.getByLabel(/Answer with a STAR story/).check();
  await main.getByRole('button', { name: 'Add question' }).click();
  // Stored in NFC, as docs/import-formats.md says: the decomposed “é” typed here is stored composed.
  await main.getByRole('heading', { name: hard.text.normalize('NFC'), level: 1 }).waitFor();

  // The rest through the bridge, as the renderer sends it.
  const bank = (await ipc(page, bridge, 'banks.list', {})).find((b) => b.name === hard.bank)!;
  expect(bank.description).toBe(hard.description);
  const [first] = await ipc(page, bridge, 'questions.list', { bankId: bank.id });
  expect(first!.text).toBe(hard.text.normalize('NFC'));
  expect(first!.tags).toEqual(hard.tags);
  await ipc(page, bridge, 'questions.update', { id: first!.id, patch: { guidance: hard.guidance, difficulty: 3, suggestedSeconds: 95 } });
  await ipc(page, bridge, 'questions.saveNotes', { id: first!.id, save: notesSave(hard.notes, { version: 1, notes: first!.notes }) });
  const others = [];
  for (const text of hard.others) others.push(await ipc(page, bridge, 'questions.create', { bankId: bank.id, text, tags: ['=x'] }));
  await ipc(page, bridge, 'questions.setArchived', { id: others[3]!.id, archived: true });
  const before = await bankQuestions(home, hard.bank);
  // Line breaks are stored as LF (docs/import-formats.md, “text”): the CRLF sent is stored as LF, before any export.
  expect(before[0]!.notes).toEqual({ ...hard.notes, action: hard.notes.action.replace('\r\n', '\n') });

  // History for the archive: a session answered either side of midnight, an interview on the night of the change, a story.
  const setupOptions = await ipc(page, bridge, 'sessions.setupOptions', {});
  const ids = before.filter((q) => !q.archived).map((q) => q.id);
  const session = await ipc(page, bridge, 'sessions.start', {
    setup: { ...setupOptions.defaults, count: ids.length, pressure: 'soft' },
    questionIds: ids,
  });
  for (const position of ids.keys()) {
    await ipc(page, bridge, 'sessions.saveAnswer', {
      sessionId: session.id,
      position,
      skipped: false,
      confidence: 1 + position,
      timeUsedMs: 30_000,
      selfCheck: { ...emptySelfCheck(), pace: true },
      note: `${hard.notes.task} ${hard.others[position % hard.others.length]}`,
      struggled: position === 0,
    });
  }
  await ipc(page, bridge, 'sessions.end', { sessionId: session.id });
  await ipc(page, bridge, 'reflection.saveInterview', {
    company: 'Société Générale — 株式会社',
    role: 'Analyst, "FX"; =desk',
    heldAt: '2026-03-29T00:30:00.000Z',
    stage: 'first',
    format: 'video',
    notes: hard.notes.task,
    jobDescription: hard.guidance,
  });
  await ipc(page, bridge, 'stories.create', {
    fields: {
      title: 'Café 👩🏽‍💻 story',
      situation: hard.notes.situation,
      task: hard.notes.task,
      action: hard.notes.action,
      result: hard.notes.result,
    },
    questionId: first!.id,
  });

  // Every bank format, from the bank page's export control (a real download).
  await openBank(page, hard.bank);
  const files: Record<string, { name: string; buffer: Buffer }> = {};
  for (const format of ['json', 'csv', 'markdown', 'anki']) files[format] = await exportBank(page, format);
  // The spreadsheet formats neutralise formulas in the file itself (docs/import-formats.md, “Safe to open in a spreadsheet”).
  expect(files.csv!.buffer.toString('utf8')).toContain(`'${hard.others[0]}`);

  // The archive, from Settings: Export everything, then Save a copy elsewhere (a real download).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await main.getByRole('button', { name: 'Export everything' }).click();
  const [archiveDownload] = await Promise.all([
    page.waitForEvent('download'),
    main.getByRole('button', { name: 'Save a copy elsewhere…' }).click(),
  ]);
  const archive = await save(archiveDownload);
  const all = await everything(home);

  // A second server on a fresh data folder, with the machine's real clock and zone.
  const away = await app.open();
  for (const format of ['json', 'csv', 'markdown', 'anki']) {
    await importFile(away.page, files[format]!);
    const after = await bankQuestions(away, hard.bank);
    // Archived questions are left out of the Anki export (docs/import-formats.md, “Export only: Anki CSV”).
    const expected = format === 'anki' ? before.filter((q) => !q.archived) : before;
    if (format !== 'anki') expect(after.map(comparable), format).toEqual(expected.map(comparable));
    else {
      // Anki's Basic note has a front, a back and tags (the documented shape): the question and its tags come back
      // exactly; the guidance and every note part come back, each exactly, inside the notes (the card's back).
      expect(after.map((q) => [q.text, q.tags])).toEqual(expected.map((q) => [q.text, q.tags]));
      for (const part of [hard.guidance, ...Object.values(before[0]!.notes).map((n) => n.trim())])
        expect(after[0]!.notes.free).toContain(part);
    }
    if (format === 'json') {
      // A complete copy: the bank's description and the questions' own times come back too.
      const copy = (await ipc(away.page, away.bridge, 'banks.list', {})).find((b) => b.name === hard.bank)!;
      expect(copy.description).toBe(hard.description);
      expect(after.map((q) => [q.createdAt, q.updatedAt])).toEqual(before.map((q) => [q.createdAt, q.updatedAt]));
    }
    const id = (await ipc(away.page, away.bridge, 'banks.list', { includeArchived: true })).find((b) => b.name === hard.bank)!.id;
    await ipc(away.page, away.bridge, 'banks.remove', { id });
  }

  // The archive replaces the second folder's contents with everything from the first, read back identically.
  await away.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await away.page.getByRole('main').getByLabel('Import everything from an archive').setInputFiles({
    name: archive.name,
    mimeType: 'application/x-tar',
    buffer: archive.buffer,
  });
  await away.page.getByRole('button', { name: 'Import and replace' }).click();
  await away.page.getByText(/^Imported \d+ answers, \d+ questions and \d+ recordings\./).waitFor();
  expect(await everything(away)).toEqual(all);
});
