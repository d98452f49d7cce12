import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { axeViolations } from './harness/axe';
import { expectFocusKept } from './harness/focus';
import { ipc } from './harness/ipc';

const app = useAppSessions();

const teamQuestion = 'Tell me about a time you worked as part of a team to achieve a difficult goal.';
const slackerQuestion = 'Describe a time when a team member was not pulling their weight.';

async function linkQuestion(page: Page, search: string, text: string) {
  await page.getByLabel('Find a question to link').fill(search);
  const hits = page.getByRole('list', { name: 'Matching questions' });
  await hits.getByRole('button', { name: new RegExp(`^Link “${text.slice(0, 30)}`) }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Linked “${text.slice(0, 30)}` })
    .waitFor();
  await expectFocusKept(page, `linking “${text.slice(0, 30)}…”`);
}

test('a story is written, linked to two competency questions, rehearsed, survives a restart and an export–import into a fresh folder', async () => {
  const first = await app.open();
  const { page, restart, dataDir } = first;
  await page.getByRole('link', { name: 'My stories' }).click();
  await page.getByRole('heading', { name: 'My stories', level: 1 }).waitFor();
  await page.getByText('No stories yet.').waitFor();
  await expectFocusKept(page, 'opening My stories');
  expect(await axeViolations(page)).toEqual([]);

  // Bad input is named at its field and nothing is saved.
  await page.getByRole('link', { name: 'New story' }).click();
  await page.getByRole('heading', { name: 'New story', level: 1 }).waitFor();
  await expectFocusKept(page, 'opening a new story');
  await page.getByRole('button', { name: 'Save story' }).click();
  await page.getByText('Give the story a short title').waitFor();
  // The failed save takes the user to the field at fault.
  expect(await expectFocusKept(page, 'a failed save')).toMatch(/^<input/);
  expect(await page.getByLabel('Title').evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await ipc(page, first.bridge, 'stories.list', {})).toEqual([]);

  await page.getByLabel('Title').fill('Month-end close under a deadline');
  await page.getByLabel('Situation').fill('Audit season at a mid-size practice.');
  await page.getByLabel('Task').fill('Close three clients’ books in a week.');
  await page.getByLabel('Action').fill('I split the reconciliations and ran a daily stand-up.');
  await page.getByLabel('Result').fill('Signed off two days early.');
  await page.getByRole('checkbox', { name: 'Teamwork' }).check();
  await page.getByRole('checkbox', { name: 'Dealing with pressure' }).check();
  await page.getByLabel('Add your own competency').fill('Planning');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Planning' }).waitFor();
  await expectFocusKept(page, 'adding a competency');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Save story' }).click();
  await page.getByRole('heading', { name: 'Month-end close under a deadline', level: 1 }).waitFor();
  await expectFocusKept(page, 'saving a new story');

  await linkQuestion(page, 'difficult goal', teamQuestion);
  await linkQuestion(page, 'pulling their weight', slackerQuestion);
  await page.getByLabel('Company').fill('Acme LLP');
  await page.getByRole('button', { name: 'Record use' }).click();
  await page.getByRole('status').filter({ hasText: 'Recorded: used at Acme LLP.' }).waitFor();
  await expectFocusKept(page, 'recording where the story was used');
  expect(await axeViolations(page)).toEqual([]);

  // The question page shows the story that answers it.
  await page.getByRole('link', { name: new RegExp(`^${teamQuestion.slice(0, 30)}`) }).click();
  const panel = page.getByRole('region', { name: 'My stories for this question' });
  await panel.getByRole('link', { name: 'Month-end close under a deadline' }).waitFor();
  await expectFocusKept(page, 'opening a linked question');
  expect(await axeViolations(page)).toEqual([]);
  await page.goBack();

  // Rehearse: the questions the story answers (as linked), then one "Tell me about a time you…" per competency.
  await page.getByRole('button', { name: 'Rehearse this story' }).click();
  // The linked questions in the order linked; then the prompts, in the story's competency order.
  const linked = [teamQuestion, slackerQuestion];
  const prompts = new Set([
    'Tell me about a time you worked well as part of a team.',
    'Tell me about a time you worked under pressure.',
    'Tell me about a time you demonstrated planning.',
  ]);
  const total = linked.length + prompts.size;
  for (let i = 0; i < total; i++) {
    // The user's set-up gives thinking time first; they start answering at once, as the button offers.
    await page.getByRole('button', { name: 'Start answering' }).click();
    await page.getByRole('button', { name: 'Finish answer' }).waitFor();
    const asked = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    if (i < linked.length) expect(asked.startsWith(linked[i]!), asked).toBe(true);
    else expect(prompts.delete(asked), `an unexpected or repeated prompt: ${asked}`).toBe(true);
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'How did that go?' }).waitFor();
    await page.keyboard.press('4');
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await expectFocusKept(page, 'rating a story rehearsal');
    if (i < total - 1) await page.getByRole('button', { name: 'Next question' }).click();
  }
  await page.getByRole('button', { name: 'Finish and see the summary' }).click();
  await page.getByRole('heading', { name: 'Session summary' }).waitFor();
  await expectFocusKept(page, 'finishing the rehearsal');

  await restart();
  await page.getByRole('link', { name: 'My stories' }).click();
  const card = page.getByRole('listitem').filter({ hasText: 'Month-end close under a deadline' });
  await card.getByText(/last rehearsed/).waitFor();
  await card.getByText('Answers 5 questions').waitFor();
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  const gaps = page.getByRole('region', { name: 'My stories' });
  await gaps.getByText('Leadership').waitFor();
  await gaps.getByText('Every story has been rehearsed lately.').waitFor();
  await expectFocusKept(page, 'opening Progress');
  expect(await axeViolations(page)).toEqual([]);
  const before = await ipc(page, first.bridge, 'stories.list', {});
  const detail = await ipc(page, first.bridge, 'stories.get', { id: before[0]!.id });

  // Export everything, import into a fresh data folder: the stories come back whole.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Export everything' }).click();
  await page.getByRole('status').filter({ hasText: 'Export finished.' }).waitFor();
  await expectFocusKept(page, 'exporting everything');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a copy elsewhere…' }).click(),
  ]);
  const archive = join(dataDir, 'copied-elsewhere.tar');
  await download.saveAs(archive);
  await expectFocusKept(page, 'saving the export elsewhere');

  const second = await app.open();
  await second.page.getByRole('link', { name: 'Settings' }).click();
  await second.page.getByLabel('Import everything from an archive').setInputFiles(archive);
  await second.page.getByRole('alertdialog').getByRole('button', { name: 'Import and replace' }).click();
  await second.page
    .getByRole('status')
    .filter({ hasText: /^Imported/ })
    .waitFor();
  await expectFocusKept(second.page, 'importing everything');
  expect(await ipc(second.page, second.bridge, 'stories.list', {})).toEqual(before);
  expect(await ipc(second.page, second.bridge, 'stories.get', { id: detail.id })).toEqual(detail);
  await second.page.getByRole('link', { name: 'My stories' }).click();
  await second.page.getByRole('link', { name: 'Month-end close under a deadline' }).waitFor();
});

test('"Share my progress" saves a redacted, self-contained HTML page that loads nothing when opened', async () => {
  const { page, bridge } = await app.open();
  const interview = await ipc(page, bridge, 'reflection.saveInterview', {
    company: 'Acme Ltd',
    role: 'Audit Associate',
    heldAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    stage: 'first',
    format: 'video',
    interviewerName: 'Sam Lee',
    notes: 'Private: salary talk with Sam',
  });
  const reflection = await ipc(page, bridge, 'reflection.get', { interviewId: interview.id });
  await ipc(page, bridge, 'reflection.saveStep', {
    interviewId: interview.id,
    save: {
      baseVersion: reflection.version,
      base: { roleFit: reflection.drafts.roleFit },
      changes: { roleFit: { attracted: 'ACME ltd trains people well; sam lee was kind. Acme’s offices are near home.' } },
    },
  });
  const options = await ipc(page, bridge, 'sessions.setupOptions', {});
  const session = await ipc(page, bridge, 'sessions.start', { setup: { ...options.defaults, count: 2 } });
  for (const position of [0, 1]) {
    await ipc(page, bridge, 'sessions.saveAnswer', {
      sessionId: session.id,
      position,
      skipped: false,
      confidence: 3 + position,
      timeUsedMs: 40_000,
      cutOffAtLimit: false,
      selfCheck: { eyeContact: false, posture: false, pace: false, fillerWords: false, structure: false, answeredQuestion: false },
      note: '',
      struggled: false,
    });
  }

  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await page.getByRole('link', { name: 'Share my progress' }).click();
  await page.getByRole('heading', { name: 'Share my progress', level: 1 }).waitFor();
  await page.getByRole('checkbox', { name: /Audit Associate at Acme Ltd/ }).check();
  expect(await page.getByRole('checkbox', { name: /Replace company and interviewer names/ }).isChecked()).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as a printable page (HTML)' }).click(),
  ]);
  await expectFocusKept(page, 'saving the HTML report');
  const html = await readFile((await download.path())!, 'utf8');
  expect(html).toContain('Company A');
  expect(html).toContain('Interviewer A');
  expect(html).toContain('Company A trains people well; Interviewer A was kind. Company A’s offices');
  expect(html).not.toMatch(/acme|\bsam\b|\blee\b|salary/i);
  expect(html).toContain('<svg');
  expect(html).toContain('Content-Security-Policy');

  // Opened in Chromium, the page asks for nothing: no fonts, images, scripts or anything else.
  const viewer = await page.context().newPage();
  const requests: string[] = [];
  viewer.on('request', (request) => requests.push(request.url()));
  await viewer.setContent(html, { waitUntil: 'load' });
  await viewer.getByRole('heading', { name: 'My interview practice progress' }).waitFor();
  await viewer.getByRole('img', { name: /Average confidence by week/ }).waitFor();
  expect(requests).toEqual([]);
  expect(await axeViolations(viewer)).toEqual([]);
  await viewer.close();
});
