import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { generationHeader, isGeneration } from '../../../shared/contract/data-generation';
import type { ChannelTable } from '../../../shared/contract/channel';
import { isKnownChannel } from '../ipc/dispatch';
import type { HttpRefusal } from './bridge-responses';

/** Recordings travel as base64 in JSON; a few minutes of video fits well inside this. */
export const maxBodyBytes = 64 * 1024 * 1024;

/** A well-formed IPC call: the channel and its parsed (not yet schema-checked) input. */
export interface IpcCall {
  channel: string;
  input: unknown;
  /** The data generation the page loaded (header `X-Rehearse-Generation`), when it sent one. */
  generation?: string;
}

const invalid = (status: number, message: string, headers?: Record<string, string>): HttpRefusal => ({
  status,
  code: status === 401 || status === 403 ? 'forbidden' : status === 404 ? 'not_found' : 'invalid_input',
  message,
  ...(headers ? { headers } : {}),
});

function tokenMatches(header: string | undefined, token: string): boolean {
  const presented = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

/** `application/json`, optionally with `charset=utf-8`; anything else is refused (and needs a CORS preflight). */
function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const [type, ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return parameters.every((parameter) => parameter === '' || parameter === 'charset=utf-8' || parameter === 'charset="utf-8"');
}

function decodeChannel(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** Reads the body up to `maxBodyBytes`; past that it stops keeping bytes and drains the rest. */
function readBody(request: IncomingMessage): Promise<Buffer | HttpRefusal> {
  const tooLarge = invalid(413, `The request body is larger than ${maxBodyBytes} bytes.`, { Connection: 'close' });
  const declared = request.headers['content-length'];
  if (declared !== undefined && Number(declared) > maxBodyBytes) return Promise.resolve(tooLarge);
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) return void chunks.push(chunk);
      request.off('data', onData);
      request.resume();
      done(tooLarge);
    };
    request.on('data', onData);
    request.once('end', () => done(Buffer.concat(chunks)));
    // The client went away mid-body: there is no one left to answer, and nothing to log.
    request.once('error', () => done(invalid(400, 'The request body did not arrive completely.')));
  });
}

function parseJson(body: Buffer): { value: unknown } | null {
  try {
    return { value: JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body)) };
  } catch {
    return null;
  }
}

/**
 * Checks one `POST /ipc/<channel>` request, in order: method, origin, token,
 * channel name, content type, body size, UTF-8 and JSON. Returns the call, or
 * the 4xx refusal naming what is wrong; never throws for a malformed request.
 */
export async function readIpcCall(
  request: IncomingMessage,
  encodedChannel: string,
  expected: { contract: ChannelTable; token: string; origin: string },
): Promise<IpcCall | HttpRefusal> {
  if (request.method !== 'POST') return invalid(405, 'Use POST for IPC calls.', { Allow: 'POST' });
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== expected.origin) return invalid(403, 'Cross-origin calls are refused.');
  if (!tokenMatches(request.headers.authorization, expected.token)) return invalid(401, 'Missing or wrong token.');
  const channel = decodeChannel(encodedChannel);
  if (channel === null) return invalid(400, 'The channel name in the address has a malformed % escape.');
  if (!isKnownChannel(expected.contract, channel)) return invalid(404, `Unknown channel "${channel}".`);
  const generation = request.headers[generationHeader];
  if (generation !== undefined && !isGeneration(generation))
    return invalid(400, 'The X-Rehearse-Generation header is malformed (16 lower-case hex digits expected).');
  if (!isJsonContentType(request.headers['content-type']))
    return invalid(415, 'Send the request body as Content-Type: application/json (UTF-8).');
  const body = await readBody(request);
  if (!Buffer.isBuffer(body)) return body;
  if (body.length === 0) return invalid(400, 'The request has no body; send a JSON value, e.g. {}.');
  const parsed = parseJson(body);
  if (!parsed) return invalid(400, 'The request body is not valid JSON in UTF-8.');
  return generation === undefined ? { channel, input: parsed.value } : { channel, input: parsed.value, generation };
}
