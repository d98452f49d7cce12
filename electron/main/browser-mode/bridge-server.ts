import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChannelTable } from '../../../shared/contract/channel';
import type { ErrorData, Result } from '../../../shared/contract/result';
import { contentSecurityPolicy } from '../../../shared/security/content-security-policy';
import type { EventHub } from '../events/event-hub';
import { type Dispatch, isKnownChannel } from '../ipc/dispatch';
import { createEventStream, eventStreamPath } from './event-stream';
import { readStaticFile } from './static-files';

export interface BridgeOptions {
  contract: ChannelTable;
  dispatch: Dispatch;
  /** The built renderer (`out/renderer`). */
  staticDir: string;
  /** 0 picks any free port. */
  port: number;
  /** Fixed only by tests; random per start otherwise. */
  token?: string;
  /** Events to stream to the pages at `/events` (see event-stream.ts). */
  events?: EventHub;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Recordings travel as base64 in JSON; a few minutes of video fits well inside this. */
export const maxBodyBytes = 64 * 1024 * 1024;

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

const statusFor: Partial<Record<ErrorData['code'], number>> = {
  invalid_input: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  cancelled: 409,
  storage_error: 500,
  internal_error: 500,
  unavailable: 503,
};

function sendJson(response: ServerResponse, status: number, body: Result<unknown>): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

function fail(response: ServerResponse, status: number, code: ErrorData['code'], message: string): void {
  sendJson(response, status, { ok: false, error: { code, message } });
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const presented = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

async function readBody(request: IncomingMessage): Promise<Buffer | 'too_large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return 'too_large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Browser mode's stand-in for Electron IPC: the built renderer and
 * `POST /ipc/<channel>` on 127.0.0.1 only, behind a per-start bearer token.
 * It dispatches through the same contract and handlers as the desktop app.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const stream = createEventStream(token);
  const detachStream = options.events?.addSink(stream.sink);

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      console.error('[bridge] request failed:', error);
      if (!response.headersSent) fail(response, 500, 'internal_error', 'The bridge could not answer.');
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // A page on another site can reach 127.0.0.1 through DNS rebinding; it cannot forge Host.
    const host = request.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return fail(response, 403, 'forbidden', 'Unexpected Host header.');
    const url = new URL(request.url ?? '/', `http://${host}`);
    if (url.pathname === eventStreamPath) return stream.handle(request, response, url, securityHeaders);

    if (url.pathname.startsWith('/ipc/')) {
      if (request.method !== 'POST') return fail(response, 405, 'invalid_input', 'Use POST for IPC calls.');
      const origin = request.headers.origin;
      if (origin !== undefined && origin !== `http://${host}`) return fail(response, 403, 'forbidden', 'Cross-origin calls are refused.');
      if (!tokenMatches(request.headers.authorization, token)) return fail(response, 401, 'forbidden', 'Missing or wrong token.');
      const channel = decodeURIComponent(url.pathname.slice('/ipc/'.length));
      if (!isKnownChannel(options.contract, channel)) return fail(response, 404, 'not_found', `Unknown channel "${channel}".`);
      const body = await readBody(request);
      if (body === 'too_large') return fail(response, 413, 'invalid_input', `Request body is larger than ${maxBodyBytes} bytes.`);
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch {
        return fail(response, 400, 'invalid_input', 'Request body is not valid JSON.');
      }
      const result = await options.dispatch(channel, input, { transport: 'bridge' });
      return sendJson(response, result.ok ? 200 : (statusFor[result.error.code] ?? 500), result);
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return fail(response, 405, 'invalid_input', 'Only GET serves files.');
    const file = await readStaticFile(options.staticDir, url.pathname);
    if (!file) {
      response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
      return void response.end('Not found');
    }
    response.writeHead(200, { ...securityHeaders, 'Content-Type': file.contentType });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        detachStream?.();
        stream.close();
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
