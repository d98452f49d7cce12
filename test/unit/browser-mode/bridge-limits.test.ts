import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { contract } from '../../../shared/contract/index';
import { type Bridge, startBridge } from '../../../electron/main/browser-mode/bridge-server';
import { openTestCore } from '../../helpers/test-core';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

let bridge: Bridge | undefined;
let core: ReturnType<typeof openTestCore> | undefined;
const clients: Socket[] = [];
afterEach(async () => {
  for (const socket of clients.splice(0)) socket.destroy();
  await bridge?.close();
  core?.close();
  removeTempDirs();
});

async function start(maxConnections: number) {
  core = openTestCore();
  bridge = await startBridge({ contract, dispatch: core.dispatch, staticDir: makeTempDir(), port: 0, limits: { maxConnections } });
  return bridge;
}

/** Opens a socket and waits until it is connected; it sends nothing (or only `partial`). */
function openIdle(port: number, partial?: string): Promise<Socket> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => {
      if (partial) socket.write(partial);
      done(socket);
    });
    // Flowing, so the client sees the server's answer and its close.
    socket.resume();
    socket.on('error', () => undefined);
    socket.once('error', fail);
    clients.push(socket);
  });
}

/** A real call on a fresh connection, as a user's tab would make it. */
function settingsGet(b: Bridge): Promise<number> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: b.port,
        path: '/ipc/settings.get',
        method: 'POST',
        agent: false,
        headers: { Authorization: `Bearer ${b.token}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode ?? 0));
      },
    );
    req.on('error', fail);
    req.end('{}');
  });
}

const closed = (socket: Socket) => new Promise<void>((done) => (socket.destroyed ? done() : socket.once('close', () => done())));

test('hundreds of idle connections (no token needed) cannot lock a user out: the oldest idle ones are shed', async () => {
  const b = await start(16);
  const idle: Socket[] = [];
  for (let i = 0; i < 200; i++) idle.push(await openIdle(b.port, i % 2 ? 'POST /ipc/settings.get HTTP/1.1\r\nHost: ' : undefined));
  // The first 184 were shed by the server as newer ones arrived; the newest 16 are still open.
  await Promise.all(idle.slice(0, 184).map(closed));
  expect(b.openSockets()).toBeLessThanOrEqual(16);
  expect(await settingsGet(b)).toBe(200);
  expect(await settingsGet(b)).toBe(200);
  expect(b.openSockets()).toBeLessThanOrEqual(16);
});

test('a connection in the middle of a request is not shed; idle ones go first', async () => {
  const b = await start(4);
  const busy = await openIdle(b.port);
  const answered = new Promise<string>((done) => {
    let text = '';
    busy.on('data', (chunk) => (text += chunk.toString()));
    busy.on('close', () => done(text));
  });
  // Headers and half the body: the request has started, the handler is waiting for the rest.
  busy.write(
    `POST /ipc/settings.get HTTP/1.1\r\nHost: 127.0.0.1:${b.port}\r\nAuthorization: Bearer ${b.token}\r\n` +
      'Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{',
  );
  await new Promise((done) => setImmediate(done));
  const idle: Socket[] = [];
  for (let i = 0; i < 12; i++) idle.push(await openIdle(b.port));
  await Promise.all(idle.slice(0, 9).map(closed));
  expect(busy.destroyed).toBe(false);
  busy.end('}');
  expect(await answered).toMatch(/^HTTP\/1\.1 200/);
});

test('a silent socket, a half-sent request and a finished keep-alive socket are closed by the server on their own', async () => {
  core = openTestCore();
  // Short limits so the test waits briefly; it waits for the close events, never for a fixed time.
  bridge = await startBridge({
    contract,
    dispatch: core.dispatch,
    staticDir: makeTempDir(),
    port: 0,
    limits: { idleSocketTimeoutMs: 100, keepAliveTimeoutMs: 100 },
  });
  const silent = await openIdle(bridge.port);
  const halfSent = await openIdle(bridge.port, `POST /ipc/settings.get HTTP/1.1\r\nHost: 127.0.0.1:${bridge.port}\r\n`);
  const keptAlive = await openIdle(bridge.port);
  keptAlive.write(`GET /missing HTTP/1.1\r\nHost: 127.0.0.1:${bridge.port}\r\n\r\n`);
  await Promise.all([closed(silent), closed(halfSent), closed(keptAlive)]);
  expect(await settingsGet(bridge)).toBe(200);
  // The server side of the three closed sockets is gone too (at most the call above is still open).
  expect(bridge.openSockets()).toBeLessThanOrEqual(1);
});
