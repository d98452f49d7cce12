import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openGuardedPage } from './harness/chromium';

// Proves the network guard every end-to-end test relies on: it sees a request
// to another host, blocks it, and makes the test that caused it fail.

const projectRoot = resolve(import.meta.dirname, '../..');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

test('the guard records and blocks requests to any host but 127.0.0.1', async () => {
  const guarded = await openGuardedPage(browser);
  // about:blank has no CSP, so only the guard stands between the page and the network.
  await guarded.page.goto('about:blank');
  const outcome = await guarded.page.evaluate(() =>
    fetch('https://telemetry.example.net/v1/ping', { method: 'POST', body: 'hello' }).then(
      () => 'sent',
      () => 'blocked',
    ),
  );
  await expect(guarded.page.goto('http://fonts.example.org/css?family=Inter')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
  expect(outcome).toBe('blocked');
  expect(guarded.offHostRequests).toEqual(['https://telemetry.example.net/v1/ping', 'http://fonts.example.org/css?family=Inter']);
  await guarded.context.close();
});

test('an end-to-end test whose page reaches for another host fails, naming the request', () => {
  const run = spawnSync(
    process.execPath,
    [resolve(projectRoot, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'test/e2e/fixtures/leaky.vitest.config.ts'],
    { cwd: projectRoot, encoding: 'utf8', timeout: 500_000, env: { ...process.env, CI: 'true' } },
  );
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status, output).toBe(1);
  expect(output).toContain('requests to hosts other than 127.0.0.1');
  expect(output).toContain('https://updates.example.net/check');
});
