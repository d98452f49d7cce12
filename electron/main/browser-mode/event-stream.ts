import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventSink } from '../events/event-hub';

/** Where browser mode's renderer listens: `GET /events?token=…` (EventSource cannot send an Authorization header). */
export const eventStreamPath = '/events';

/** How long a browser waits before reconnecting after the stream drops (SSE `retry:`, milliseconds). */
const reconnectMs = 2000;

export interface EventStream {
  /** Answers a request for `eventStreamPath`; the caller has already checked the Host header. */
  handle(request: IncomingMessage, response: ServerResponse, url: URL, headers: Record<string, string>): void;
  /** The transport for the event hub: writes one event to every open stream. */
  sink: EventSink;
  /** Open streams, for tests and diagnostics. */
  size(): number;
  /** Ends every open stream cleanly (a finished response, not a reset socket). */
  close(): void;
}

function sameToken(presented: string | null, token: string): boolean {
  const a = Buffer.from(presented ?? '');
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function refuse(response: ServerResponse, status: number, message: string, headers: Record<string, string>): void {
  response.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify({ ok: false, error: { code: status === 405 ? 'invalid_input' : 'forbidden', message } }));
}

/**
 * Browser mode's stand-in for `webContents.send`: Server-Sent Events behind
 * the same per-start token and the same Host/Origin rules as `/ipc/`. Each
 * event is one `event: <name>` / `data: <json>` block; JSON.stringify never
 * emits a raw newline, so a payload cannot break the framing.
 */
export function createEventStream(token: string): EventStream {
  const open = new Set<ServerResponse>();
  return {
    handle(request, response, url, headers) {
      if (request.method !== 'GET') return refuse(response, 405, 'Use GET for the event stream.', headers);
      const origin = request.headers.origin;
      // `url` was built from the checked Host header, so its origin is the page's own.
      if (origin !== undefined && origin !== url.origin) return refuse(response, 403, 'Cross-origin listeners are refused.', headers);
      const site = request.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin' && site !== 'none')
        return refuse(response, 403, 'Cross-site listeners are refused.', headers);
      if (!sameToken(url.searchParams.get('token'), token)) return refuse(response, 401, 'Missing or wrong token.', headers);
      response.writeHead(200, { ...headers, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
      response.write(`retry: ${reconnectMs}\n: connected\n\n`);
      open.add(response);
      response.on('close', () => open.delete(response));
    },
    sink(name, payload) {
      const block = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const response of open) response.write(block);
    },
    size: () => open.size,
    close() {
      for (const response of open) response.end();
      open.clear();
    },
  };
}
