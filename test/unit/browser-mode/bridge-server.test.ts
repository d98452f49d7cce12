import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { contract } from '../../../shared/contract/index';
import { type Bridge, startBridge } from '../../../electron/main/browser-mode/bridge-server';
import { openTestCore } from '../../helpers/test-core';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

let bridge: Bridge | undefined;
afterEach(async () => {
  await bridge?.close();
  removeTempDirs();
});

async function start() {
  const core = openTestCore();
  const staticDir = makeTempDir();
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'a.js'), 'console.log(1)');
  writeFileSync(join(core.dataDir, 'secret.txt'), 'secret');
  bridge = await startBridge({ contract, dispatch: core.dispatch, staticDir, port: 0 });
  const base = `http://127.0.0.1:${bridge.port}`;
  const ipc = (channel: string, body: string, token = bridge!.token) =>
    fetch(`${base}/ipc/${channel}`, {
      method: 'POST',
      body,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    });
  return { base, ipc, core };
}

test('prints a tokenised loopback address, random per start', async () => {
  await start();
  const first = bridge!;
  expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  bridge = await startBridge({ contract, dispatch: async () => ({ ok: true, value: null }), staticDir: makeTempDir(), port: 0 });
  expect(bridge.token).not.toBe(first.token);
  await first.close();
});

test('answers IPC with the token, and 401 / 404 / 400 otherwise, staying up', async () => {
  const { ipc } = await start();
  expect((await ipc('settings.get', '{}')).status).toBe(200);
  expect((await ipc('settings.get', '{}', 'wrong')).status).toBe(401);
  expect((await ipc('no.such', '{}')).status).toBe(404);
  const notJson = await ipc('settings.get', '{oops');
  expect(notJson.status).toBe(400);
  expect(await notJson.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  const badField = await ipc('settings.update', JSON.stringify({ recording: 'always' }));
  expect(badField.status).toBe(400);
  expect(((await badField.json()) as { error: { message: string } }).error.message).toContain('recording');
  expect((await ipc('settings.get', '{}')).status).toBe(200);
});

test('serves the renderer with a CSP, and nothing outside it', async () => {
  const { base } = await start();
  const index = await fetch(`${base}/`);
  expect(index.status).toBe(200);
  expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
  expect((await fetch(`${base}/assets/a.js`)).status).toBe(200);
  for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
    expect((await fetch(`${base}${path}`)).status, path).toBe(404);
  }
});

test('refuses a foreign Host header (DNS rebinding) and cross-origin calls', async () => {
  const { base } = await start();
  const { request } = await import('node:http');
  const status = await new Promise<number>((done) => {
    const req = request(
      `${base}/ipc/settings.get`,
      { method: 'POST', headers: { Host: 'evil.example', Authorization: `Bearer ${bridge!.token}` } },
      (res) => done(res.statusCode ?? 0),
    );
    req.end('{}');
  });
  expect(status).toBe(403);
  const cross = await fetch(`${base}/ipc/settings.get`, {
    method: 'POST',
    body: '{}',
    headers: { Origin: 'https://evil.example', Authorization: `Bearer ${bridge!.token}` },
  });
  expect(cross.status).toBe(403);
});

test('serves the app icon at /favicon.ico (no 404 on every page load), and a plain 404 without one', async () => {
  const iconFile = resolve(import.meta.dirname, '../../../resources/icon.png');
  bridge = await startBridge({ contract, dispatch: async () => ({ ok: true, value: null }), staticDir: makeTempDir(), port: 0, iconFile });
  const icon = await fetch(`http://127.0.0.1:${bridge.port}/favicon.ico`);
  expect(icon.status).toBe(200);
  expect(icon.headers.get('content-type')).toBe('image/png');
  expect(Buffer.from(await icon.arrayBuffer()).equals(readFileSync(iconFile))).toBe(true);
  await bridge.close();
  bridge = await startBridge({ contract, dispatch: async () => ({ ok: true, value: null }), staticDir: makeTempDir(), port: 0 });
  expect((await fetch(`http://127.0.0.1:${bridge.port}/favicon.ico`)).status).toBe(404);
});
