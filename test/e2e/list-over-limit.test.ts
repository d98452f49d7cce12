import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { axeViolations } from './harness/axe';
import { ipc } from './harness/ipc';

const app = useAppSessions();

// A list two windows add to at once (issue 16, item 2), in real Chromium: another window filled "My questions to ask"
// to its limit while this page showed it empty; this page's addition would go over. Before, the refusal said "Reload
// the page", which threw the addition away. Now the page shows the merged list with the addition still in it, says
// exactly how many to remove, and saves as soon as one is removed.

test('my questions to ask over the limit after another window’s additions: the addition stays listed, one removal saves it', async () => {
  const { page, bridge } = await app.open();
  const interview = await ipc(page, bridge, 'reflection.saveInterview', {
    company: 'Harbour Lane',
    role: 'Audit trainee',
    heldAt: '2099-03-14T09:00:00.000Z',
    stage: 'first',
    format: 'video',
  });
  // This page does not hear the other window's save (its event stream is down: asleep, reconnecting), so it still
  // shows the list as it loaded it when the user adds to it.
  await page.route('**/events**', (route) => route.abort());
  await page.goto(`${bridge.url}#/reflection/interview/${interview.id}/asks`);
  await page.getByRole('heading', { name: 'My questions to ask', level: 1 }).waitFor();
  const mineText = (await page
    .getByRole('button', { name: /^Add: / })
    .first()
    .getAttribute('aria-label'))!.replace(/^Add: /, '');
  const mine = page.getByRole('button', { name: `Add: ${mineText}`, exact: true });

  // The other window: 100 questions of its own bank, saved against the empty list it showed.
  const bank = await ipc(page, bridge, 'banks.create', { name: 'Asked elsewhere', purpose: 'ask' });
  const theirs: number[] = [];
  for (let i = 1; i <= 100; i++)
    theirs.push((await ipc(page, bridge, 'questions.create', { bankId: bank.id, text: `Elsewhere ${i}?` })).id);
  await ipc(page, bridge, 'reflection.saveAsks', { interviewId: interview.id, questionIds: theirs, base: [] });

  await mine.click();
  const alert = page.getByRole('alert').filter({ hasText: 'The list can hold at most 100 questions' });
  await alert.waitFor();
  expect(await alert.textContent()).toContain('it would hold 101');
  expect(await alert.textContent()).toContain('Remove 1, and the list saves.');
  expect(await alert.textContent()).not.toMatch(/reload/i);
  await page.getByRole('heading', { name: 'In the order I will ask them (101, not saved yet)' }).waitFor();
  expect(await page.locator('.asks-chosen > li > span:first-child').allTextContents()).toContain(mineText);
  expect(await axeViolations(page)).toEqual([]);

  // One of the other window's removed: the list saves with this window's addition in it.
  await page.getByRole('button', { name: 'Remove: Elsewhere 7?' }).click();
  await page.getByRole('heading', { name: 'In the order I will ask them', exact: true }).waitFor();
  const stored = await ipc(page, bridge, 'reflection.getAsks', { interviewId: interview.id });
  expect(stored.chosen).toHaveLength(100);
  expect(stored.chosen.map((q) => q.text)).toContain(mineText);
  expect(stored.chosen.map((q) => q.text)).not.toContain('Elsewhere 7?');
});
