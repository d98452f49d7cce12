import type { ServerResponse } from 'node:http';
import type { WithGeneration } from '../../../shared/contract/data-generation';
import type { ErrorData, Result } from '../../../shared/contract/result';
import { contentSecurityPolicy } from '../../../shared/security/content-security-policy';

/** Sent with every bridge answer: pages, files, IPC results and errors alike. */
export const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** The HTTP status for a handler's error code; anything unlisted is the server's fault (500). */
export const statusFor: Partial<Record<ErrorData['code'], number>> = {
  invalid_input: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  storage_error: 500,
  internal_error: 500,
  unavailable: 503,
  cancelled: 409,
  stale_data: 409,
};

/** A refused request: the status to answer with and the `Result` error it carries. */
export interface HttpRefusal {
  status: number;
  code: ErrorData['code'];
  message: string;
  /** Extra response headers, e.g. `Allow` for a 405. */
  headers?: Record<string, string>;
}

export function jsonErrorBody(code: ErrorData['code'], message: string): string {
  return JSON.stringify({ ok: false, error: { code, message } } satisfies Result<never>);
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: Result<unknown> & WithGeneration,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...securityHeaders,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
  });
  response.end(text);
}

export function refuse(response: ServerResponse, refusal: HttpRefusal): void {
  sendJson(response, refusal.status, { ok: false, error: { code: refusal.code, message: refusal.message } }, refusal.headers);
}
