import { afterEach } from 'vitest';
import { confBackend } from '../../electron/main/settings/conf-backend';
import { type AppHost, startApp } from '../../electron/main/start-app';
import type { Result } from '../../shared/contract/result';
import { removeTempDirs } from './temp-dir';

/** What `useAppHosts` gives a test file. */
export interface AppHosts {
  /** Starts the whole main-process core in browser mode on `dataDir` (real SQLite, real settings file). */
  start(dataDir: string): AppHost;
  /** Closes `host` now (a clean shutdown), so the test can start another on the same folder. */
  close(host: AppHost): void;
}

/**
 * Starts app hosts as the browser-mode server does and closes every one left
 * open (then removes the temp folders) after each test. `now`: the clock the
 * hosts read; by default the system clock.
 */
export function useAppHosts(now?: () => Date): AppHosts {
  const hosts: AppHost[] = [];
  afterEach(() => {
    for (const host of hosts.splice(0)) host.close();
    removeTempDirs();
  });
  return {
    start(dataDir) {
      const host = startApp({ dataDir, mode: 'browser', version: '0.0.0-test', settingsBackend: confBackend, ...(now ? { now } : {}) });
      hosts.push(host);
      return host;
    },
    close(host) {
      host.close();
      hosts.splice(hosts.indexOf(host), 1);
    },
  };
}

/** Calls `channel` on `host` as a test transport would; throws with the channel's message if it is refused. */
export async function dispatchOk<T>(host: AppHost, channel: string, input: unknown = {}): Promise<T> {
  const result: Result<unknown> = await host.dispatch(channel, input, { transport: 'test' });
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** A clock that starts at `startIso` and moves one second on at every read (distinct, ordered timestamps). */
export function steppingClock(startIso: string): () => Date {
  let clock = Date.parse(startIso);
  return () => new Date((clock += 1000));
}
