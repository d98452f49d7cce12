import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';
import { binary, chromiumArgs, projectRoot, skipReason, useLaunchedApps } from './launch';

// What people do with the desktop app that browser mode cannot show: record an answer through
// Electron's permission handler, launch it twice, survive a renderer crash, use the menu's
// shortcuts. Every launch goes through the recording proxy; nothing may leave app://.

const { launch, proxy } = useLaunchedApps();

/** The page's location hash, read without the DOM library (this file is checked against Node's types). */
const hashOf = (page: Page) => page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash);

describe.skipIf(!binary)(`Electron desktop flows${binary ? '' : ` (${skipReason})`}`, () => {
  test('a short answer is recorded with the (fake) microphone, saved in the data folder, and plays back', async () => {
    const dataDir = makeTempDir('rehearse-electron-');
    const { page } = await launch(dataDir);
    await page.getByRole('heading', { name: 'Practice', level: 1 }).waitFor();
    await page.getByRole('spinbutton', { name: /Number of questions/ }).fill('1');
    await page.getByRole('spinbutton', { name: /Thinking time/ }).fill('0');
    await page.getByRole('radio', { name: /^Microphone$/ }).check();
    await page
      .getByRole('status')
      .filter({ hasText: /questions match/ })
      .waitFor();
    await page.getByRole('button', { name: 'Start the mock interview' }).click();
    await page.getByRole('button', { name: 'Finish answer' }).waitFor();
    await expect(page.getByText('Recording', { exact: true }).isVisible()).resolves.toBe(true);
    await page.waitForTimeout(1500); // the length of the answer being recorded, not a wait for the app
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'How did that go?' }).waitFor();
    await page.keyboard.press('4');
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByRole('button', { name: 'Finish and see the summary' }).click();
    await page.getByRole('heading', { name: 'Session summary' }).waitFor();

    const files = readdirSync(join(dataDir, 'recordings'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.webm$/);
    expect(statSync(join(dataDir, 'recordings', files[0]!)).size).toBeGreaterThan(1000);
    expect(readFileSync(join(dataDir, 'recordings', files[0]!)).subarray(0, 4)).toEqual(Buffer.from([0x1a, 0x45, 0xdf, 0xa3])); // EBML
    await page.getByRole('button', { name: /Load the recording/ }).click();
    await page.locator('audio, video').waitFor();
  });

  test('a second launch on the same data folder stops at once with one sentence; the first carries on', async () => {
    const dataDir = makeTempDir('rehearse-electron-');
    const { app, page } = await launch(dataDir);
    const second = spawn(binary!, ['--no-sandbox', ...chromiumArgs(proxy()), projectRoot], {
      env: { ...process.env, REHEARSE_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    second.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    second.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((done) => second.once('exit', (exitCode) => done(exitCode)));
    expect(code).toBe(1);
    expect(output).toMatch(
      /Rehearse is already running with this data folder, so this start stopped and brought its window to the front\./,
    );
    expect(app.windows()).toHaveLength(1);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  });

  test('a renderer crash reloads the window on its own; the app and its data carry on', async () => {
    const { app, page } = await launch(makeTempDir('rehearse-electron-'));
    await page.getByRole('link', { name: 'Question banks' }).click();
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.forcefullyCrashRenderer());
    await expect
      .poll(
        () =>
          app.evaluate(async ({ BrowserWindow }) => {
            const contents = BrowserWindow.getAllWindows()[0]!.webContents;
            if (contents.isCrashed() || contents.isLoading()) return false;
            return (await contents.executeJavaScript('document.querySelector("nav[aria-label=Main]") !== null')) as boolean;
          }),
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(app.windows()).toHaveLength(1);
    const info = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]!.webContents.executeJavaScript('window.api.app.info({}).then((r) => r.ok)'),
    );
    expect(info).toBe(true);
  });

  test('Settings is on Ctrl+, (⌘, on macOS) in the menu, and the shortcut opens it; ⌘/Ctrl+2 opens Question banks', async () => {
    const { app, page } = await launch(makeTempDir('rehearse-electron-'));
    const accelerators = await app.evaluate(({ Menu }) => {
      const menu = Menu.getApplicationMenu()!;
      return { settings: menu.getMenuItemById('settings')?.accelerator, banks: menu.getMenuItemById('go.banks')?.accelerator };
    });
    const mac = process.platform === 'darwin';
    expect(accelerators).toEqual({ settings: mac ? 'Cmd+,' : 'Ctrl+,', banks: 'CmdOrCtrl+2' });
    await page.keyboard.press(mac ? 'Meta+Comma' : 'Control+Comma');
    await expect.poll(() => hashOf(page)).toBe('#/settings');
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.keyboard.press(mac ? 'Meta+2' : 'Control+2');
    await expect.poll(() => hashOf(page)).toBe('#/banks');
  });

  test('Start a Mock Interview from the menu opens Practice with the keyboard in the set-up form', async () => {
    const { app, page } = await launch(makeTempDir('rehearse-electron-'));
    await page.getByRole('link', { name: 'Progress' }).click();
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.getMenuItemById('practice.start')!.click());
    await expect.poll(() => hashOf(page)).toBe('#/practice');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (
              globalThis as unknown as { document: { activeElement: { closest(s: string): unknown } | null } }
            ).document.activeElement?.closest('form[aria-labelledby="setup-heading"]') != null,
        ),
      )
      .toBe(true);
  });
});
