import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { setupFor } from '../helpers/session-setup';
import { ipc } from './harness/ipc';
import { expectNotice } from './harness/two-windows';

const app = useAppSessions();

// One running practice session open in two tabs of real Chromium over the real bridge (issue 16, item 2): both rate
// the same question. Different fields merge (each tab then shows the other's); the same field changed in both is
// refused in the tab that saved second, which shows the conflict notice (focused, axe-clean), never "Saved".

/** Resumes the session in `page` and finishes the first answer, to its rating panel. */
async function toRating(page: Page) {
  await page.getByRole('button', { name: 'Resume at question 1' }).click();
  await page.getByRole('button', { name: 'Finish answer' }).click();
  await page.getByRole('heading', { name: 'How did that go?', level: 1 }).waitFor();
}

const saved = (page: Page, text = 'Saved.') => page.getByRole('status').filter({ hasText: text }).waitFor();

test('a rating in two tabs: a note and a tick merge, the same confidence changed in both offers Keep mine (by keyboard) and Use theirs', async () => {
  const { page: a, bridge } = await app.open();
  const bank = await ipc(a, bridge, 'banks.create', { name: 'Audit' });
  const questionIds: number[] = [];
  for (const text of ['Why audit?', 'Tell me about a deadline.'])
    questionIds.push((await ipc(a, bridge, 'questions.create', { bankId: bank.id, text, suggestedSeconds: 120 })).id);
  const session = await ipc(a, bridge, 'sessions.start', {
    setup: setupFor([bank.id], { count: 2, thinkSeconds: 0 }),
    questionIds,
  });
  const hash = `#/practice/session/${session.id}`;
  await a.goto(`${bridge.url}${hash}`);
  const b = await a.context().newPage();
  await b.goto(`${bridge.url}${hash}`);
  for (const page of [a, b]) await toRating(page);
  const stored = async () => (await ipc(a, bridge, 'sessions.get', { sessionId: session.id })).items[0]!.answer;

  // Both rate 3 (the same value is no conflict); A writes a note; B, which has not seen it, ticks "I struggled".
  await a.keyboard.press('3');
  await saved(a);
  await b.keyboard.press('3');
  await saved(b);
  const note = a.getByRole('textbox', { name: 'Note (optional)' });
  await note.fill('Lead with the client story');
  await note.blur();
  await a.waitForFunction(() => document.querySelector('[role="status"].save-state')?.textContent === 'Saved.');
  expect(await stored()).toMatchObject({ note: 'Lead with the client story' });
  await b.getByRole('checkbox', { name: 'I struggled with this question' }).check();
  await saved(b, "Saved. Another window's change to the note is shown here too.");
  expect(await b.getByRole('textbox', { name: 'Note (optional)' }).inputValue()).toBe('Lead with the client story');
  expect(await stored()).toMatchObject({ confidence: 3, note: 'Lead with the client story', struggled: true });

  // A changes the confidence to 4; B, still on 3, changes it to 2: refused, B's notice offers both.
  await a.getByRole('heading', { name: 'How did that go?', level: 1 }).click();
  await a.keyboard.press('4');
  await saved(a, "Saved. Another window's change to “I struggled” is shown here too.");
  expect(await a.getByRole('checkbox', { name: 'I struggled with this question' }).isChecked()).toBe(true);
  await b.keyboard.press('2');
  await expectNotice(b, 'Confidence', '2 – Shaky', '4 – Confident');
  expect(await b.getByRole('status').filter({ hasText: 'Saved.' }).count()).toBe(0);
  expect(await stored()).toMatchObject({ confidence: 4 });
  // Enter does not go on while the choice waits; keyboard only: Tab to "Keep mine", Enter saves 2 over 4.
  await b.keyboard.press('Tab');
  expect(await b.evaluate(() => document.activeElement?.textContent)).toBe('Keep mine');
  await b.keyboard.press('Enter');
  await saved(b);
  expect(await b.evaluate(() => document.activeElement?.textContent)).toBe('Next question');
  expect(await stored()).toMatchObject({ confidence: 2, note: 'Lead with the client story', struggled: true });

  // Now A, still on 4, chooses 5: refused; "Use theirs" takes B's 2 and saves nothing over it.
  await a.keyboard.press('5');
  const group = await expectNotice(a, 'Confidence', '5 – Very confident', '2 – Shaky');
  await group.getByRole('button', { name: 'Use theirs' }).click();
  await saved(a);
  expect(await a.getByRole('radio', { name: '2 – Shaky' }).isChecked()).toBe(true);
  expect(await stored()).toMatchObject({ confidence: 2, note: 'Lead with the client story', struggled: true });
  // Both go on to the next question with the rating they agree on.
  for (const page of [a, b]) {
    await page.getByRole('button', { name: 'Next question' }).click();
    await page.getByText('Tell me about a deadline.').first().waitFor();
  }
  expect(await stored()).toMatchObject({ confidence: 2, note: 'Lead with the client story', struggled: true });
  await b.close();
});
