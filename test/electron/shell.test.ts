import { describe, expect, test } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';
import { binary, skipReason, useLaunchedApps } from './launch';

// The real desktop shell, driven by Playwright's Electron support (see launch.ts for the
// skip where the runtime is missing). Every launch goes through a recording proxy: after
// each test, nothing may have been requested from the network, start-up included.

/** The page's globals we look at, typed here because this file is checked without the DOM library. */
interface PageGlobals {
  require?: unknown;
  process?: unknown;
  api?: object;
  location: { href: string };
  open(url: string): unknown;
  document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
}

const { launch } = useLaunchedApps();

describe.skipIf(!binary)(`Electron shell${binary ? '' : ` (${skipReason})`}`, () => {
  test('the window loads our page over app://, isolated from Node, with only the named API', async () => {
    const { page } = await launch(makeTempDir('rehearse-electron-'));
    expect(page.url()).toMatch(/^app:\/\/rehearse\//);
    const globals = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      return {
        require: typeof g.require,
        process: typeof g.process,
        api: Object.keys(g.api ?? {}).sort(),
        csp: g.document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      };
    });
    expect(globals.require).toBe('undefined');
    expect(globals.process).toBe('undefined');
    expect(globals.api).toContain('app');
    expect(globals.csp).toContain("default-src 'none'");
  });

  test('navigation away and new windows are refused', async () => {
    const { app, page } = await launch(makeTempDir('rehearse-electron-'));
    const opened = await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.com/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/rehearse\//);
    expect(app.windows()).toHaveLength(1);
  });

  test('a setting survives closing and reopening the app', async () => {
    const dataDir = makeTempDir('rehearse-electron-');
    const first = await launch(dataDir);
    await first.page.getByRole('link', { name: 'Settings' }).click();
    await first.page.getByRole('radio', { name: 'Dark' }).check();
    await first.page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await first.app.close();

    const second = await launch(dataDir);
    await second.page.getByRole('link', { name: 'Settings' }).click();
    await expect(second.page.getByRole('radio', { name: 'Dark' }).isChecked()).resolves.toBe(true);
  });
});
