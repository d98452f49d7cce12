import { existsSync, writeFileSync } from 'node:fs';
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
  afterEach(async () => {
    for (const { guarded, session } of opened.splice(0)) {
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
