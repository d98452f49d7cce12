import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterEach, expect, test } from 'vitest';
import { type Bridge, startBridge } from '../../../electron/main/browser-mode/bridge-server';
import { contract } from '../../../shared/contract/index';
import { openTestCore } from '../../helpers/test-core';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

let bridge: Bridge | undefined;
afterEach(async () => {
  await bridge?.close();
  bridge = undefined;
  removeTempDirs();
});

async function start() {
  const core = openTestCore();
  bridge = await startBridge({ contract, dispatch: core.dispatch, staticDir: makeTempDir(), port: 0, events: core.events });
  return { core, bridge };
}

/** Opens `/events` with raw headers (a browser would add Host itself); resolves with the response once headers arrive. */
function open(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers: { Host: `127.0.0.1:${port}`, ...headers } }, resolve);
    req.on('error', reject);
    req.end();
  });
}

/** Collects the stream's text until `until` matches it. */
function readUntil(response: IncomingMessage, until: RegExp): Promise<string> {
  let text = '';
  return new Promise((resolve) => {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      text += chunk;
      if (until.test(text)) resolve(text);
    });
  });
}

test('without the right token, from another origin or site, or with another method, the stream is refused', async () => {
  const { bridge } = await start();
  const path = `/events?token=${bridge.token}`;
  expect((await open(bridge.port, '/events')).statusCode).toBe(401);
  expect((await open(bridge.port, '/events?token=wrong')).statusCode).toBe(401);
  expect((await open(bridge.port, path, { Origin: 'http://evil.example' })).statusCode).toBe(403);
  expect((await open(bridge.port, path, { 'Sec-Fetch-Site': 'cross-site' })).statusCode).toBe(403);
  expect((await open(bridge.port, path, { Host: 'rebound.example:80' })).statusCode).toBe(403);
  expect((await open(bridge.port, path, {}, 'POST')).statusCode).toBe(405);
});

test('with the token, writes from any caller arrive as named events, in order', async () => {
  const { core, bridge } = await start();
  const response = await open(bridge.port, `/events?token=${bridge.token}`, {
    Origin: `http://127.0.0.1:${bridge.port}`,
    'Sec-Fetch-Site': 'same-origin',
  });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
  expect(response.headers['content-security-policy']).toBeDefined();
  const received = readUntil(response, /event: app\.notice/);
  await core.dispatch('banks.create', { name: 'Streamed' }, { transport: 'test' });
  core.notices.add({ id: 'n', level: 'info', message: 'hello' });
  const text = await received;
  expect(text).toContain('retry: 2000\n');
  const blocks = text.split('\n\n').filter((b) => b.startsWith('event:'));
  expect(blocks).toEqual([
    'event: data.changed\ndata: {"domains":["questions","banks","sessions","progress","stories"]}',
    'event: app.notice\ndata: {"id":"n","level":"info","message":"hello"}',
  ]);
  response.destroy();
});

test('closing the bridge ends every open stream cleanly (a complete response, not a reset)', async () => {
  const { bridge } = await start();
  const response = await open(bridge.port, `/events?token=${bridge.token}`);
  await readUntil(response, /: connected/);
  const ended = new Promise<string>((resolve) => {
    response.on('end', () => resolve('end'));
    response.on('error', () => resolve('error'));
  });
  await bridge.close();
  expect(await ended).toBe('end');
  expect(response.complete).toBe(true);
});
