import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';

const app = useAppSessions();

test('a new user sees the shell, changes a setting, and finds it again after a restart', async () => {
  const { page, restart } = await app.open();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBeTruthy();

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

  await restart();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('radio', { name: 'Dark' }).isChecked()).resolves.toBe(true);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
});

test('the bridge refuses calls without the token and names the field of a malformed payload', async () => {
  const { page, bridge } = await app.open();
  const noToken = await page.request.post(`${bridge.origin}/ipc/banks.list`, { data: {} });
  expect(noToken.status()).toBe(401);

  const malformed = await page.request.post(`${bridge.origin}/ipc/settings.update`, {
    data: { thinkSeconds: 'soon' },
    headers: { Authorization: `Bearer ${bridge.token}` },
  });
  expect(malformed.status()).toBe(400);
  const body = (await malformed.json()) as { ok: boolean; error: { code: string; message: string } };
  expect(body.ok).toBe(false);
  expect(body.error.code).toBe('invalid_input');
  expect(body.error.message).toContain('thinkSeconds');

  const still = await page.request.post(`${bridge.origin}/ipc/settings.get`, {
    data: {},
    headers: { Authorization: `Bearer ${bridge.token}` },
  });
  expect(still.status()).toBe(200);
});
