import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { ipc } from './harness/ipc';
import { expectNotice, otherWindow } from './harness/two-windows';

const app = useAppSessions();

// Two windows on one form (issue 16, item 2), in real Chromium over the real bridge: different fields merge; the
// same field changed in the other window brings up the conflict notice (focused, axe-clean), which keeps the user's
// text, offers "Keep mine" / "Use theirs" per field, and then saves with the fields nobody else changed as typed.

test('interview details edited in two windows: the notes from one and the role from the other both stay; the same field offers Keep mine, by keyboard', async () => {
  const { page: a, bridge } = await app.open();
  const interview = await ipc(a, bridge, 'reflection.saveInterview', {
    company: 'Harbour Lane',
    role: 'Audit trainee',
    heldAt: '2026-03-02T10:00:00.000Z',
    stage: 'first',
    format: 'video',
  });
  const hash = `#/reflection/interview/${interview.id}/edit`;
  await a.goto(`${bridge.url}${hash}`);
  const b = await otherWindow(a, bridge, hash);
  for (const page of [a, b]) await page.getByRole('heading', { name: /^Edit interview: Audit trainee at Harbour Lane/ }).waitFor();

  await a.getByLabel('Notes').fill('Ask about the audit software');
  await a.getByRole('button', { name: 'Save changes' }).click();
  await a.getByRole('heading', { name: 'Reflection', level: 1 }).waitFor();
  await b.getByLabel('Role (required)').fill('Audit senior');
  await b.getByRole('button', { name: 'Save changes' }).click();
  await b.getByRole('heading', { name: 'Reflection', level: 1 }).waitFor();
  const merged = await ipc(a, bridge, 'reflection.get', {
    interviewId: interview.id,
  });
  expect(merged.interview).toMatchObject({ role: 'Audit senior', notes: 'Ask about the audit software' });

  // Both open the form again; A saves a new role; B, still showing the old one, changes the role too.
  for (const page of [a, b]) await page.goto(`${bridge.url}${hash}`);
  for (const page of [a, b]) await page.getByRole('heading', { name: /^Edit interview: Audit senior/ }).waitFor();
  await a.getByLabel('Role (required)').fill('Audit manager');
  await a.getByRole('button', { name: 'Save changes' }).click();
  await a.getByRole('heading', { name: 'Reflection', level: 1 }).waitFor();
  await b.getByLabel('Role (required)').fill('Audit partner');
  await b.getByLabel('Notes').fill('B notes I do not want to lose');
  await b.getByRole('button', { name: 'Save changes' }).click();
  await expectNotice(b, 'Role', 'Audit partner', 'Audit manager');
  expect(await b.getByRole('textbox', { name: 'Role (required)' }).inputValue()).toBe('Audit partner');
  const kept = await ipc(a, bridge, 'reflection.get', { interviewId: interview.id });
  expect(kept.interview.role).toBe('Audit manager');

  // Saving again without choosing is refused the same way (nothing overwritten), and the notice stays.
  await b.getByRole('button', { name: 'Save changes' }).click();
  await expectNotice(b, 'Role', 'Audit partner', 'Audit manager');
  // Keyboard only: from the focused notice, Tab reaches "Keep mine"; Enter overwrites theirs and saves the notes too.
  await b.keyboard.press('Tab');
  expect(await b.evaluate(() => document.activeElement?.textContent)).toBe('Keep mine');
  await b.keyboard.press('Enter');
  await b.getByRole('heading', { name: 'Reflection', level: 1 }).waitFor();
  const stored = await ipc(a, bridge, 'reflection.get', { interviewId: interview.id });
  expect(stored.interview).toMatchObject({ role: 'Audit partner', notes: 'B notes I do not want to lose' });
  await b.goto(`${bridge.url}${hash}`);
  await b.getByRole('heading', { name: /^Edit interview: Audit partner at Harbour Lane/ }).waitFor();
  expect(await b.getByLabel('Notes').inputValue()).toBe('B notes I do not want to lose');
  await b.context().close();
});

test('a bank renamed in one window and re-described in another keeps both; the same name changed in both offers Use theirs, and the description typed here is saved', async () => {
  const { page: a, bridge } = await app.open();
  const bank = await ipc(a, bridge, 'banks.create', { name: 'Audit' });
  const hash = `#/banks/${bank.id}`;
  await a.goto(`${bridge.url}${hash}`);
  const b = await otherWindow(a, bridge, hash);
  for (const page of [a, b]) {
    await page.getByRole('heading', { name: 'Audit', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Edit name, description or purpose' }).click();
  }
  await a.getByLabel('Description (optional)').fill('For Harbour Lane');
  await a.getByRole('button', { name: 'Save bank' }).click();
  await a.getByRole('status').filter({ hasText: 'Bank saved.' }).waitFor();
  await b.getByLabel('Bank name').fill('Audit round 2');
  await b.getByRole('button', { name: 'Save bank' }).click();
  await b.getByRole('status').filter({ hasText: 'Bank saved.' }).waitFor();
  expect(await ipc(a, bridge, 'banks.get', { id: bank.id })).toMatchObject({
    name: 'Audit round 2',
    description: 'For Harbour Lane',
  });

  // Both open the form again (each page follows the other's saves live, so both start from "Audit round 2");
  // B saves a new name first, then A, whose form still holds the name it started from.
  for (const page of [a, b]) {
    await page.getByRole('heading', { name: 'Audit round 2', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Edit name, description or purpose' }).click();
  }
  await b.getByLabel('Bank name').fill('Audit final');
  await b.getByRole('button', { name: 'Save bank' }).click();
  await b.getByRole('heading', { name: 'Audit final', level: 1 }).waitFor();
  await a.getByRole('textbox', { name: 'Bank name' }).fill('Audit, revised');
  await a.getByLabel('Description (optional)').fill('Typed in A, changed nowhere else');
  await a.getByRole('button', { name: 'Save bank' }).click();
  const group = await expectNotice(a, 'Bank name', 'Audit, revised', 'Audit final');
  expect(await a.getByRole('textbox', { name: 'Bank name' }).inputValue()).toBe('Audit, revised');
  expect(await ipc(a, bridge, 'banks.get', { id: bank.id })).toMatchObject({ name: 'Audit final', description: 'For Harbour Lane' });

  // "Use theirs": the saved name comes into the field and the description typed here is saved with it.
  await group.getByRole('button', { name: 'Use theirs' }).click();
  // The form closes once saved, and focus goes back to the button that opened it.
  await a.waitForFunction(() => document.activeElement?.textContent === 'Edit name, description or purpose');
  expect(await ipc(a, bridge, 'banks.get', { id: bank.id })).toMatchObject({
    name: 'Audit final',
    description: 'Typed in A, changed nowhere else',
  });
  await a.reload();
  await a.getByRole('heading', { name: 'Audit final', level: 1 }).waitFor();
  await a.getByText('Typed in A, changed nowhere else').waitFor();
  await b.context().close();
});
