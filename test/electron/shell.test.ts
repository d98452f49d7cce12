import { resolve } from 'node:path';
import { type ElectronApplication, _electron as electron, type Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { makeTempDir, removeTempDirs } from '../helpers/temp-dir';

// The real desktop shell, driven by Playwright's Electron support. Where the
// Electron binary is not installed (it is downloaded lazily, which offline
// build machines cannot do) the whole file is reported as skipped, with why.

const projectRoot = resolve(import.meta.dirname, '../..');
const binary = findElectronBinary();
const skipReason =
  'skipped: the Electron runtime is not installed here (node_modules/electron has no binary and it cannot be downloaded offline); browser-mode e2e covers the same flows';
if (!binary) console.warn(`[electron e2e] ${skipReason}`);

/** The page's globals we look at, typed here because this file is checked without the DOM library. */
interface PageGlobals {
  require?: unknown;
  process?: unknown;
  api?: object;
  location: { href: string };
  open(url: string): unknown;
  document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
}

const launched: ElectronApplication[] = [];
afterEach(async () => {
  for (const app of launched.splice(0)) await app.close().catch(() => undefined);
  removeTempDirs();
});

async function launch(dataDir: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: binary!,
    args: [projectRoot],
    env: { ...process.env, REHEARSE_DATA_DIR: dataDir },
  });
  launched.push(app);
  // Every request the app makes that is not to its own app:// pages is recorded (and must not happen).
  await app.evaluate(({ session }) => {
    const seen: string[] = [];
    (globalThis as { __offApp?: string[] }).__offApp = seen;
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      if (!details.url.startsWith('app://rehearse/') && !details.url.startsWith('devtools://')) seen.push(details.url);
      callback({});
    });
  });
  const page = await app.firstWindow();
  page.context().setDefaultTimeout(180_000);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return { app, page };
}

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

  test('navigation away and new windows are refused; nothing is requested from the network', async () => {
    const { app, page } = await launch(makeTempDir('rehearse-electron-'));
    const opened = await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.com/') === null);
    expect(opened).toBe(true);
    // Wait for the navigation attempt itself (the main process's will-navigate), not a fixed time: by the
    // time this listener runs, the app's own handler (registered first) has refused it.
    const refused = app.evaluate(
      ({ BrowserWindow }) =>
        new Promise<boolean>((done) =>
          BrowserWindow.getAllWindows()[0]!.webContents.once('will-navigate', (event) => setImmediate(() => done(event.defaultPrevented))),
        ),
    );
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
    });
    expect(await refused).toBe(true);
    expect(page.url()).toMatch(/^app:\/\/rehearse\//);
    expect(app.windows()).toHaveLength(1);
    expect(await app.evaluate(() => (globalThis as { __offApp?: string[] }).__offApp ?? [])).toEqual([]);
  });

  test('a setting survives closing and reopening the app', async () => {
    const dataDir = makeTempDir('rehearse-electron-');
    const first = await launch(dataDir);
    await first.page.getByRole('link', { name: 'Settings' }).click();
    await first.page.getByRole('radio', { name: 'Dark' }).check();
    await first.page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await first.app.close();
    launched.splice(launched.indexOf(first.app), 1);

    const second = await launch(dataDir);
    await second.page.getByRole('link', { name: 'Settings' }).click();
    await expect(second.page.getByRole('radio', { name: 'Dark' }).isChecked()).resolves.toBe(true);
  });
});
