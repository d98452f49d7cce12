import { connect } from 'node:net';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { contract } from '../../../shared/contract/index';
import { type Bridge, startBridge } from '../../../electron/main/browser-mode/bridge-server';
import { openTestCore } from '../../helpers/test-core';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

/*
 * Every malformed request shape answers 4xx with a JSON `Result` error and
 * prints nothing (no stack trace). Requests are written byte for byte on a
 * raw socket, so shapes a well-behaved client library would refuse to send
 * (bad escapes, broken headers) are covered too.
 */

let bridge: Bridge;
let core: ReturnType<typeof openTestCore>;
beforeAll(async () => {
  core = openTestCore();
  bridge = await startBridge({ contract, dispatch: core.dispatch, staticDir: makeTempDir(), port: 0 });
});
afterAll(async () => {
  await bridge.close();
  core.close();
  removeTempDirs();
});

interface RawAnswer {
  status: number;
  headers: string;
  body: string;
}

/** Sends `raw` as is and reads until the server closes or one whole response has arrived. */
function sendRaw(raw: string | Buffer): Promise<RawAnswer> {
  return new Promise((done, fail) => {
    const socket = connect(bridge.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const finish = () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const headers = text.slice(0, split);
      socket.destroy();
      done({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), headers, body: text.slice(split + 4) });
    };
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(text.slice(0, split))?.[1];
      if (split >= 0 && length !== undefined && Buffer.byteLength(text.slice(split + 4)) >= Number(length)) finish();
    });
    socket.on('end', finish);
    socket.on('error', (error: NodeJS.ErrnoException) => (chunks.length ? finish() : fail(error)));
    socket.write(raw);
  });
}

function request(method: string, path: string, headers: Record<string, string | undefined>, body = ''): string {
  const lines = Object.entries({ Host: `127.0.0.1:${bridge.port}`, ...headers })
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}: ${value}`);
  return `${method} ${path} HTTP/1.1\r\n${lines.join('\r\n')}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

const ipc = (body: string, extra: Record<string, string | undefined> = {}, path = '/ipc/settings.get', method = 'POST') =>
  request(method, path, { Authorization: `Bearer ${bridge.token}`, 'Content-Type': 'application/json', ...extra }, body);

const cases: { name: string; raw: () => string | Buffer; status: number }[] = [
  { name: 'malformed % escape in the channel', raw: () => ipc('{}', {}, '/ipc/settings.%E0%A4%A'), status: 400 },
  { name: 'lone % in the channel', raw: () => ipc('{}', {}, '/ipc/%'), status: 400 },
  { name: 'escape decoding to invalid UTF-8', raw: () => ipc('{}', {}, '/ipc/%C0%AF'), status: 400 },
  { name: 'malformed % escape in a file path', raw: () => request('GET', '/assets/%zz.js', {}), status: 404 },
  { name: 'malformed absolute-form address', raw: () => ipc('{}', {}, 'http://[/ipc/settings.get'), status: 400 },
  { name: 'unknown channel', raw: () => ipc('{}', {}, '/ipc/no.such'), status: 404 },
  { name: 'channel named like an object property', raw: () => ipc('{}', {}, '/ipc/__proto__'), status: 404 },
  { name: 'bad JSON', raw: () => ipc('{oops'), status: 400 },
  { name: 'a byte-order mark before the JSON', raw: () => ipc('\uFEFF{}'), status: 400 },
  { name: 'JSON with trailing garbage', raw: () => ipc('{}x'), status: 400 },
  {
    name: 'body that is not UTF-8',
    raw: () =>
      Buffer.concat([Buffer.from(ipc('').replace('Content-Length: 0', 'Content-Length: 4')), Buffer.from([0x22, 0xff, 0xfe, 0x22])]),
    status: 400,
  },
  { name: 'valid JSON of the wrong shape', raw: () => ipc('[1,2]', {}, '/ipc/settings.update'), status: 400 },
  { name: 'missing body', raw: () => ipc(''), status: 400 },
  {
    name: 'declared body over the limit',
    raw: () => ipc('').replace('Content-Length: 0', `Content-Length: ${65 * 1024 * 1024}`),
    status: 413,
  },
  { name: 'no content type', raw: () => ipc('{}', { 'Content-Type': undefined }), status: 415 },
  { name: 'text/plain content type (a CORS-simple request)', raw: () => ipc('{}', { 'Content-Type': 'text/plain' }), status: 415 },
  { name: 'JSON in another charset', raw: () => ipc('{}', { 'Content-Type': 'application/json; charset=latin1' }), status: 415 },
  { name: 'GET on an IPC channel', raw: () => ipc('', {}, '/ipc/settings.get', 'GET'), status: 405 },
  { name: 'OPTIONS on an IPC channel', raw: () => ipc('', {}, '/ipc/settings.get', 'OPTIONS'), status: 405 },
  { name: 'PUT on a file', raw: () => request('PUT', '/index.html', {}, 'x'), status: 405 },
  { name: 'missing token', raw: () => ipc('{}', { Authorization: undefined }), status: 401 },
  { name: 'token without Bearer', raw: () => ipc('{}', { Authorization: bridge.token }), status: 401 },
  { name: 'foreign Origin', raw: () => ipc('{}', { Origin: 'https://evil.example' }), status: 403 },
  { name: 'missing Host', raw: () => ipc('{}').replace(/^Host: .*\r\n/m, ''), status: 400 },
  { name: 'foreign Host', raw: () => ipc('{}').replace(/^Host: .*$/m, 'Host: evil.example'), status: 403 },
  { name: 'header line without a colon', raw: () => ipc('{}', { 'X-Broken\r\nno colon here': 'x' }), status: 400 },
  { name: 'space before the colon of a header', raw: () => ipc('{}').replace('Content-Type:', 'Content-Type :'), status: 400 },
  {
    name: 'two different Content-Length headers',
    raw: () => ipc('{}').replace('Connection:', 'Content-Length: 5\r\nConnection:'),
    status: 400,
  },
  { name: 'non-numeric Content-Length', raw: () => ipc('{}').replace('Content-Length: 2', 'Content-Length: two'), status: 400 },
  { name: 'headers larger than the limit', raw: () => ipc('{}', { 'X-Padding': 'a'.repeat(20_000) }), status: 431 },
  { name: 'request line that is not HTTP', raw: () => 'HELLO THERE\r\n\r\n', status: 400 },
  { name: 'invalid method token', raw: () => ipc('{}').replace(/^POST/, 'P(ST'), status: 400 },
];

test.each(cases)('$name answers $status with a JSON error and logs nothing', async ({ raw, status }) => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const answer = await sendRaw(raw());
    expect(answer.status).toBe(status);
    expect(answer.headers.toLowerCase()).toContain('content-type: application/json');
    const parsed = JSON.parse(answer.body) as { ok: boolean; error: { code: string; message: string } };
    expect(parsed.ok).toBe(false);
    expect(parsed.error.message.length).toBeGreaterThan(5);
    expect(parsed.error.message).not.toMatch(/\bat \w+ \(|node:internal/);
    expect(errors).not.toHaveBeenCalled();
  } finally {
    errors.mockRestore();
  }
});

test('a body over the limit sent in chunks is refused with 413, and the bridge keeps answering', async () => {
  const head = ipc('').replace('Content-Length: 0\r\n', 'Transfer-Encoding: chunked\r\n');
  const piece = Buffer.alloc(1024 * 1024, 0x20);
  const chunks = [
    Buffer.from(head),
    ...Array.from({ length: 66 }, () => Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')])),
  ];
  const answer = await sendRaw(Buffer.concat([...chunks, Buffer.from('0\r\n\r\n')]));
  expect(answer.status).toBe(413);
  expect((await sendRaw(ipc('{}'))).status).toBe(200);
});

test('a well-formed call still succeeds after all of the above', async () => {
  const answer = await sendRaw(ipc('{}'));
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toMatchObject({ ok: true });
});
