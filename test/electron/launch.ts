import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { type ElectronApplication, _electron as electron, type Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { removeTempDirs } from '../helpers/temp-dir';

// Launching the real desktop shell under Playwright, for the `_electron` specs. Where the
// Electron binary is not installed (it is downloaded lazily, which offline build machines
// cannot do) the specs are reported as skipped, with why; on CI (REHEARSE_REQUIRE_ELECTRON=1,
// .github/workflows/desktop.yml) a missing runtime is a failure instead.

export const projectRoot = resolve(import.meta.dirname, '../..');
export const binary = findElectronBinary();
export const skipReason =
  'skipped: the Electron runtime is not installed here (node_modules/electron has no binary and it cannot be downloaded offline); browser-mode e2e covers the same flows';
if (!binary && process.env.REHEARSE_REQUIRE_ELECTRON === '1') {
  throw new Error(
    'REHEARSE_REQUIRE_ELECTRON=1 but the Electron runtime is not installed: run `node node_modules/electron/install.js` first.',
  );
}
if (!binary) console.warn(`[electron e2e] ${skipReason}`);

/**
 * A proxy that records every request Chromium sends to it and answers none. Every Electron
 * launch points `--proxy-server` here, so anything the app fetches from the network — from the
 * very first moment, main process and spellchecker included, not just the page — shows up in
 * `requests`. (Chromium bypasses the proxy only for loopback, which never leaves the machine.)
 */
export interface RecordingProxy {
  requests: string[];
  address: string;
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    requests.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    requests,
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Chromium switches for every launch: the recording proxy, and a fake camera and microphone that always allow. */
export function chromiumArgs(proxy: RecordingProxy): string[] {
  return [`--proxy-server=http://${proxy.address}`, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];
}

/** Launches the built app on `dataDir` and waits for its page. */
export async function launchApp(dataDir: string, proxy: RecordingProxy): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: binary!,
    args: [...chromiumArgs(proxy), projectRoot],
    env: { ...process.env, REHEARSE_DATA_DIR: dataDir },
  });
  const page = await app.firstWindow();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return { app, page };
}

/**
 * For a spec file: each test gets a fresh recording proxy; apps launched through `launch` are
 * closed after it, and then the proxy must have seen nothing (no request left app://, start-up
 * to close).
 */
export function useLaunchedApps(): { launch(dataDir: string): Promise<{ app: ElectronApplication; page: Page }>; proxy(): RecordingProxy } {
  const launched: ElectronApplication[] = [];
  let proxy: RecordingProxy | null = null;
  beforeEach(async () => {
    proxy = await startRecordingProxy();
  });
  afterEach(async () => {
    for (const app of launched.splice(0)) await app.close().catch(() => undefined);
    await proxy?.close();
    removeTempDirs();
    expect(proxy?.requests ?? []).toEqual([]);
  });
  return {
    async launch(dataDir) {
      const opened = await launchApp(dataDir, proxy!);
      launched.push(opened.app);
      return opened;
    },
    proxy: () => proxy!,
  };
}
