import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChannelTable } from '../../../shared/contract/channel';
import type { EventHub } from '../events/event-hub';
import type { Dispatch } from '../ipc/dispatch';
import { applyBridgeLimits, type BridgeLimits, defaultBridgeLimits } from './bridge-limits';
import { readIpcCall } from './bridge-request';
import { refuse, securityHeaders, sendJson, statusFor } from './bridge-responses';
import { createEventStream, eventStreamPath } from './event-stream';
import { readIconFile, readStaticFile } from './static-files';

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
  /** Tests lower these; see `defaultBridgeLimits` for the reasons behind each default. */
  limits?: Partial<BridgeLimits>;
  /** The live data's generation, sent with every IPC answer (shared/contract/data-generation.ts). */
  generation?: () => string | undefined;
  /**
   * The app icon (`resources/icon.png`), served at `/favicon.ico`: a browser asks for it on its own, and without
   * it every page load logged a 404. The desktop window's icon is set by the shell; this is browser mode only.
   */
  iconFile?: string;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  /** Sockets open right now (bounded by `limits.maxConnections`). */
  openSockets(): number;
  close(): Promise<void>;
}

function parseUrl(request: IncomingMessage, host: string): URL | null {
  try {
    return new URL(request.url ?? '/', `http://${host}`);
  } catch {
    return null;
  }
}

/**
 * Browser mode's stand-in for Electron IPC: the built renderer and
 * `POST /ipc/<channel>` on 127.0.0.1 only, behind a per-start bearer token.
 * It dispatches through the same contract and handlers as the desktop app.
 * Every malformed request gets a 4xx with a JSON `Result` error.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const stream = createEventStream(token);
  const detachStream = options.events?.addSink(stream.sink);

  // Host is checked below, so a request without one gets a JSON answer like every other refusal.
  const server = createServer({ requireHostHeader: false }, (request, response) => {
    void handle(request, response).catch((error: unknown) => {
      console.error('[bridge] request failed:', error);
      if (!response.headersSent) refuse(response, { status: 500, code: 'internal_error', message: 'The bridge could not answer.' });
      else response.destroy();
    });
  });
  const limits = applyBridgeLimits(server, { ...defaultBridgeLimits, ...options.limits });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // A page on another site can reach 127.0.0.1 through DNS rebinding; it cannot forge Host.
    const host = request.headers.host;
    if (host === undefined) return refuse(response, { status: 400, code: 'invalid_input', message: 'The request has no Host header.' });
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
      return refuse(response, { status: 403, code: 'forbidden', message: 'Unexpected Host header.' });
    const url = parseUrl(request, host);
    if (!url) return refuse(response, { status: 400, code: 'invalid_input', message: 'The request address is malformed.' });
    if (url.pathname === eventStreamPath) {
      // A stream may be quiet for long stretches: it is exempt from the idle-socket timeout (it is never shed as idle either).
      request.socket.setTimeout(0);
      return stream.handle(request, response, url, securityHeaders);
    }

    if (url.pathname.startsWith('/ipc/')) {
      const call = await readIpcCall(request, url.pathname.slice('/ipc/'.length), {
        contract: options.contract,
        token,
        origin: `http://${host}`,
      });
      if (!('channel' in call)) return refuse(response, call);
      const result = await options.dispatch(
        call.channel,
        call.input,
        call.generation === undefined ? { transport: 'bridge' } : { transport: 'bridge', generation: call.generation },
      );
      const generation = options.generation?.();
      return sendJson(
        response,
        result.ok ? 200 : (statusFor[result.error.code] ?? 500),
        generation === undefined ? result : { ...result, generation },
      );
    }

    if (request.method !== 'GET' && request.method !== 'HEAD')
      return refuse(response, {
        status: 405,
        code: 'invalid_input',
        message: 'Only GET and HEAD serve files.',
        headers: { Allow: 'GET, HEAD' },
      });
    const file =
      url.pathname === '/favicon.ico' && options.iconFile
        ? await readIconFile(options.iconFile)
        : await readStaticFile(options.staticDir, url.pathname);
    if (!file) return refuse(response, { status: 404, code: 'not_found', message: 'There is no such file.' });
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
    openSockets: limits.openSockets,
    close: () =>
      new Promise<void>((resolveClose) => {
        detachStream?.();
        stream.close();
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
