import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';

const app = useAppSessions();

test('the token leaves the address bar and history at once; a reload keeps working, a bare or stale address says what to open', async () => {
  const { page, bridge } = await app.open();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  expect(page.url()).not.toContain('token');
  expect(page.url()).not.toContain(bridge.token);
  // The history entry was replaced, not pushed: there is no entry with the token to go back to.
  expect(await page.evaluate(() => history.length)).toBe(2);
  expect(await page.evaluate(() => location.href)).toBe(`${bridge.origin}/`);

  // A reload of this tab keeps working: the key is kept for the tab (sessionStorage).
  await page.reload();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  expect(page.url()).not.toContain('token');

  // A new tab on the bare address has no key: it says which address to open, and stores nothing.
  const bare = await page.context().newPage();
  await bare.goto(`${bridge.origin}/`);
  await bare.getByText('Open Rehearse from the address that “npm run browser” printed', { exact: false }).first().waitFor();

  // An address with an old key (browser mode restarted since) says the key is out of date.
  const stale = await page.context().newPage();
  await stale.goto(`${bridge.origin}/?token=from-an-earlier-start`);
  await stale.getByText('key is out of date', { exact: false }).first().waitFor();
  expect(stale.url()).not.toContain('token');
});
