import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { ipc } from './harness/ipc';

const app = useAppSessions();

// A write made by another window after this page's first reads but before its event stream first opened was never
// announced to it (issue 16): the page kept showing the list without it until something else changed. The stream's
// first open now refreshes what is on screen, as a reconnect does.

test('a bank created elsewhere while this tab’s event stream is still connecting appears once it opens, without a reload', async () => {
  const { page: other, bridge } = await app.open();
  const tab = await other.context().newPage();
  // Hold this tab's event stream until the other window has written.
  let release!: () => void;
  const written = new Promise<void>((resolve) => (release = resolve));
  let asked!: () => void;
  const streamAsked = new Promise<void>((resolve) => (asked = resolve));
  await tab.route('**/events**', async (route) => {
    asked();
    await written;
    await route.continue();
  });
  await tab.goto(`${bridge.url}#/banks`);
  const main = tab.getByRole('main');
  await main.getByRole('heading', { name: 'Question banks', level: 1 }).waitFor();
  // The list has loaded and the stream is not open yet.
  await main.getByRole('link', { name: 'Common openers' }).waitFor();
  await streamAsked;
  await tab.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  await ipc(other, bridge, 'banks.create', { name: 'Made before the stream opened' });
  expect(await main.getByRole('link', { name: 'Made before the stream opened' }).count()).toBe(0);
  release();

  await main.getByRole('link', { name: 'Made before the stream opened' }).waitFor();
  expect(await tab.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});
