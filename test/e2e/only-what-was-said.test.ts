import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { axeViolations } from './harness/axe';
import { expectFocusKept } from './harness/focus';

/*
 * Walk 5, findings 3, 4, 7 and 8, as a new user in a real Chromium against browser mode:
 * - the half-filled first-run interview is kept in the data folder, so a fresh browser profile on the same
 *   folder (and a restart) still offers to finish logging it;
 * - the home draft card: a full sentence, the safe "Finish logging" first, "Discard it" behind a confirm,
 *   and "Finish logging" focusing the missing date;
 * - an interview logged without a time or format shows neither anywhere (no "9:00", no "Video"), and the
 *   thank-you reminder links to where the note is marked as sent.
 */

const app = useAppSessions();

test('the half-filled first-run interview survives a fresh browser on the same data folder, and a restart', async () => {
  const first = await app.open(undefined, {}, { firstRun: true });
  const { page } = first;
  await page.getByRole('heading', { name: 'Welcome to Rehearse', level: 1 }).waitFor();
  await page.getByRole('textbox', { name: 'Company' }).fill('Acme Corp');
  await page.getByRole('button', { name: 'Start a 3-question practice' }).click();
  await page.getByRole('button', { name: /Start answering|Finish answer/ }).waitFor();
  await first.bridge.stop();

  // Another browser profile (nothing in its storage), the same data folder.
  const second = await app.open(first.dataDir);
  const home = second.page;
  await home.getByRole('link', { name: 'Practice' }).first().click();
  const note = home.getByText('Not logged yet: your interview at Acme Corp. Enter the date of the interview.');
  await note.waitFor();
  // The safe choice first, the destructive one second, side by side.
  const buttons = home.locator('.upcoming-interview .callout button');
  await expect(buttons.allTextContents()).resolves.toEqual(['Finish logging the interview', 'Discard it']);
  const [finish, discard] = [(await buttons.nth(0).boundingBox())!, (await buttons.nth(1).boundingBox())!];
  expect(Math.abs(finish.y - discard.y)).toBeLessThan(2);
  expect(await axeViolations(home), 'axe on home with the draft card').toEqual([]);

  // Discard asks first; "Keep it" keeps it.
  await home.getByRole('button', { name: 'Discard it' }).click();
  const confirm = home.getByRole('alertdialog', { name: 'Discard this interview?' });
  await confirm.waitFor();
  await expect.poll(() => home.evaluate(() => document.activeElement?.textContent)).toBe('Keep it');
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await note.waitFor();

  await second.restart();
  await home.getByRole('link', { name: 'Practice' }).first().click();
  await note.waitFor();
  await home.getByRole('button', { name: 'Finish logging the interview' }).click();
  const form = home.getByRole('form', { name: 'Log an upcoming interview' });
  await expect.poll(() => home.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('date');
  expect(await form.getByLabel('Company (required)').inputValue()).toBe('Acme Corp');
  await form.getByRole('button', { name: 'Close' }).click();

  // Discarded for good after the confirm: gone after a restart too, focus on the card's button.
  await home.getByRole('button', { name: 'Discard it' }).click();
  await home.getByRole('alertdialog', { name: 'Discard this interview?' }).getByRole('button', { name: 'Discard it' }).click();
  await home.getByRole('button', { name: 'Log an interview date' }).waitFor();
  await expect.poll(() => home.evaluate(() => document.activeElement?.textContent)).toBe('Log an interview date');
  await second.restart();
  await home.getByRole('link', { name: 'Practice' }).first().click();
  await home.getByRole('button', { name: 'Log an interview date' }).waitFor();
  await expect(note.count()).resolves.toBe(0);
});

test('an interview logged without a time or format shows neither anywhere, and the thank-you reminder links to where it is marked sent', async () => {
  const { page, restart } = await app.open();
  await page.getByRole('link', { name: 'Practice' }).first().click();
  await page.getByRole('button', { name: 'Log an interview date' }).click();
  const form = page.getByRole('form', { name: 'Log an upcoming interview' });
  await form.getByLabel('Company (required)').fill('Acme Corp');
  await form.getByLabel('Role (required)').fill('Trainee Auditor');
  const inSixDays = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() + 6);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await expect(form.getByLabel('Time (optional)').inputValue()).resolves.toBe('');
  await form.getByLabel('Date (required)').fill(inSixDays);
  await form.getByRole('button', { name: 'Save and plan what to practise' }).click();
  await page.getByRole('heading', { name: /^Preparation plan: Trainee Auditor at Acme Corp/ }).waitFor();
  await expectFocusKept(page, 'logging an interview without a time');

  await restart();
  await page.getByRole('link', { name: 'Practice' }).first().click();
  await page.getByRole('heading', { name: 'Trainee Auditor at Acme Corp — in 6 days' }).waitFor();
  await page.getByRole('link', { name: 'Reflection' }).first().click();
  const card = page.locator('.interview-card').filter({ hasText: 'Acme Corp' });
  await card.waitFor();
  const line = (await card.locator('p.muted').first().textContent()) ?? '';
  expect(line).not.toMatch(/\d:\d\d|AM|PM|Video|Phone|In person|First round/);
  await card.getByRole('link', { name: /^Edit/ }).click();
  await expect(page.getByLabel('Time (optional)').inputValue()).resolves.toBe('');
  await expect(page.getByLabel('Format (optional)').inputValue()).resolves.toBe('');
  await expect(page.getByLabel('Stage (optional)').inputValue()).resolves.toBe('');
  const body = await page.evaluate(() => document.body.innerText);
  expect(body).not.toMatch(/9:00|09:00/);

  // A past interview (three days ago, no time) whose thank-you is not marked sent: the reminder says where to act.
  await page.evaluate(() => {
    location.hash = '#/reflection/new';
  });
  await page.getByRole('heading', { name: 'Log an interview', level: 1 }).waitFor();
  await page.getByLabel('Company (required)').fill('Beta Bank');
  await page.getByLabel('Role (required)').fill('Analyst');
  const threeDaysAgo = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() - 3);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await page.getByLabel('Date (required)').fill(threeDaysAgo);
  await page.getByRole('button', { name: 'Log interview' }).click();
  const beta = page.locator('.interview-card').filter({ hasText: 'Beta Bank' });
  await beta.getByText('Reminder: the thank-you note is not marked as sent').waitFor();
  await beta.getByRole('link', { name: /Send it or mark it as sent/ }).click();
  await page
    .getByRole('button', { name: /Mark.*sent/i })
    .first()
    .waitFor();
  // The drafts are in text boxes (their values are not the page's text).
  const drafts = await page.locator('textarea').evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value).join('\n'));
  expect(drafts).toContain('Thank you for taking the time to speak with me');
});
