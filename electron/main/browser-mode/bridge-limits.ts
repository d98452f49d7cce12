import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { jsonErrorBody, securityHeaders } from './bridge-responses';

/*
 * Browser mode listens on loopback, where any local process or web page can
 * open connections without knowing the token. These limits keep such traffic
 * from starving the user's own tab of connections or the process of file
 * descriptors (every socket is one; backups and recordings need some too).
 */

/** Resource limits of the bridge's HTTP server. All times in milliseconds. */
export interface BridgeLimits {
  /** Most sockets open at once; a new one past this sheds the least recently active idle one. */
  maxConnections: number;
  /** Time to receive a request's headers (Node: `server.headersTimeout`). */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included (Node: `server.requestTimeout`). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive socket is kept after a response (Node: `server.keepAliveTimeout`). */
  keepAliveTimeoutMs: number;
  /** A socket with no traffic at all for this long is closed (Node: `server.timeout`). */
  idleSocketTimeoutMs: number;
}

/**
 * Chromium opens at most 6 connections per host and profile, so 128 serves
 * many tabs with room to spare, while 128 descriptors stay far below the
 * common `ulimit -n` of 1,024. A 64 MB body on loopback arrives in well under
 * a second; two minutes leaves room for a slow, busy machine.
 */
export const defaultBridgeLimits: BridgeLimits = {
  maxConnections: 128,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 120_000,
  keepAliveTimeoutMs: 5_000,
  idleSocketTimeoutMs: 30_000,
};

interface SocketState {
  /** Requests on this socket whose response has not closed yet. */
  busy: number;
}

/**
 * Sets the server's timeouts, answers malformed HTTP (bad headers, oversized
 * headers, timeouts) with a JSON error instead of Node's bare text, and caps
 * open connections. Returns a probe of the open-socket count for tests.
 */
export function applyBridgeLimits(server: Server, limits: BridgeLimits): { openSockets(): number } {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.timeout = limits.idleSocketTimeoutMs;

  // Insertion order is recency: a socket moves to the end when its request ends.
  const sockets = new Map<Socket, SocketState>();

  function shedOldestIdle(): boolean {
    for (const [socket, state] of sockets) {
      if (state.busy === 0) {
        sockets.delete(socket);
        socket.destroy();
        return true;
      }
    }
    return false;
  }

  server.on('connection', (socket: Socket) => {
    if (sockets.size >= limits.maxConnections && !shedOldestIdle()) {
      // Every open socket is mid-request: the newcomer waits for nothing, it is closed.
      socket.destroy();
      return;
    }
    sockets.set(socket, { busy: 0 });
    socket.once('close', () => sockets.delete(socket));
  });

  server.on('request', (request, response) => {
    const socket = request.socket;
    const state = sockets.get(socket);
    if (!state) return;
    state.busy++;
    response.once('close', () => {
      state.busy--;
      if (sockets.delete(socket)) sockets.set(socket, state);
    });
  });

  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
    const [status, reason, message] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'The request headers are too large.']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout', 'The request took too long to arrive.']
          : [400, 'Bad Request', 'The request is not valid HTTP (malformed request line or headers).'];
    const body = jsonErrorBody('invalid_input', message);
    const headers = Object.entries({
      ...securityHeaders,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
      Connection: 'close',
    })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.end(`HTTP/1.1 ${status} ${reason}\r\n${headers}\r\n${body}`);
  });

  return { openSockets: () => sockets.size };
}
