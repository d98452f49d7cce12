import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { type BridgeProcess, startBridgeProcess } from './bridge-process';
import { type GuardedPage, launchChromium, openGuardedPage } from './chromium';

export interface AppSession {
  page: Page;
  bridge: BridgeProcess;
  dataDir: string;
  /** Stops browser mode (SIGTERM) and starts it again on the same data folder, then reloads the page. */
  restart(): Promise<void>;
}

/**
 * Registers the hooks for an end-to-end file: one Chromium for the file, and
 * per test a fresh data folder, a real browser-mode process and a page that
 * fails the test on any request to a host other than 127.0.0.1.
 */
export interface OpenOptions {
  /**
   * Show the first-run screen, as a new user sees it. Off by default: other tests start from the practice
   * set-up, so the harness writes a settings file saying the first run was done (only when the folder has none).
   */
  firstRun?: boolean;
}

/**
 * After a failed test, saves what the page showed (a full-page screenshot and its address and visible text) under
 * `test-results/e2e/`, so a failure seen only on a busy CI machine can be read afterwards. Never throws: a closed or
 * crashed page must not hide the test's own failure.
 */
async function keepFailureEvidence(testName: string, page: Page): Promise<void> {
  const dir = join(process.cwd(), 'test-results', 'e2e');
  const base = join(dir, testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 80));
  try {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 30_000 });
    const text = await page.evaluate(() => document.body.innerText);
    writeFileSync(`${base}.txt`, `${page.url()}\n\n${text}`);
    // The text goes to the log too: on CI the log is all that is kept.
    console.error(`[e2e] failure evidence: ${base}.png; the page at ${page.url()} showed:\n${text.slice(0, 2000)}`);
  } catch (error) {
    console.error(`[e2e] could not keep failure evidence: ${String(error)}`);
  }
}

export function useAppSessions(options: { chromiumArgs?: readonly string[] } = {}): {
  open: (dataDir?: string, env?: Record<string, string>, options?: OpenOptions) => Promise<AppSession>;
} {
  let browser: Browser;
  const opened: { guarded: GuardedPage; session: AppSession }[] = [];

  beforeAll(async () => {
    browser = await launchChromium(options.chromiumArgs);
  });
  afterAll(async () => {
    await browser?.close();
    removeTempDirs();
  });
  afterEach(async (context) => {
    const failed = context.task.result?.state === 'fail';
    for (const { guarded, session } of opened.splice(0)) {
      if (failed) await keepFailureEvidence(context.task.name, guarded.page);
      await guarded.context.close();
      await session.bridge.stop();
      expect(guarded.offHostRequests, 'requests to hosts other than 127.0.0.1').toEqual([]);
    }
  });

  async function open(
    dataDir: string = makeTempDir('rehearse-e2e-'),
    env: Record<string, string> = {},
    openOptions: OpenOptions = {},
  ): Promise<AppSession> {
    const settingsFile = join(dataDir, 'settings.json');
    if (!openOptions.firstRun && existsSync(dataDir) && !existsSync(settingsFile))
      writeFileSync(settingsFile, JSON.stringify({ preferences: { onboarded: true } }));
    const guarded = await openGuardedPage(browser);
    const session: AppSession = {
      page: guarded.page,
      bridge: await startBridgeProcess(dataDir, env),
      dataDir,
      async restart() {
        await session.bridge.stop();
        session.bridge = await startBridgeProcess(dataDir, env);
        await session.page.goto(session.bridge.url);
      },
    };
    opened.push({ guarded, session });
    await session.page.goto(session.bridge.url);
    return session;
  }

  return { open };
}
