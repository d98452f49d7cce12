import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contract, channelNames } from '../../shared/contract/index';
import { startBridge } from '../../electron/main/browser-mode/bridge-server';
import type { AppCore } from '../../electron/main/app-core';
import { bindIpc, type IpcEventLike, type IpcMainLike } from '../../electron/main/ipc/bind-ipc';
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { latestVersion } from '../../electron/main/storage/migrations/index';
import { databaseFileName } from '../../electron/main/storage/open-database';
import { dataDirFingerprint } from '../helpers/db-fingerprint';
import { openTestCore } from '../helpers/test-core';
import { seedAtVersion } from '../unit/storage/seed-at-version';
import { seededRandom } from './hostile-values';
import { invalidPayloads, type Payload } from './payloads';

export type Transport = 'ipc' | 'http';

export interface FuzzOptions {
  perChannel: number;
  seed: number;
  transports?: Transport[];
  /** Defaults to every contract channel, so new channels are fuzzed without a change here. */
  channels?: readonly string[];
  /** Replay: fuzz only these of `channels` (and `transports`), each with the same payloads as in the whole run. */
  only?: ReadonlySet<string>;
  /** Called as each channel and transport finishes, for progress output. */
  onReport?: (report: ChannelReport) => void;
  /** Negative control only: wraps the real dispatcher, e.g. with a deliberately leaky one. */
  tamper?: (dispatch: Dispatch, core: AppCore) => Dispatch;
}

export interface ChannelReport {
  channel: string;
  transport: Transport;
  sent: number;
  rejected: number;
  discarded: number;
  failures: string[];
  /**
   * HTTP requests sent a second time because the keep-alive connection they went out on was closed before any byte
   * of the answer came back (see `sendOnce`), each with the error of the first try. Reported, never silently hidden.
   */
  retried: string[];
}

/**
 * Socket-level codes of a fetch whose connection closed or reset before any response byte: undici's SocketError
 * ("other side closed") and the kernel's reset/broken pipe. An HTTP status or a body is never one of these.
 */
const closedConnectionCodes = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

/** The socket-level cause of a failed `fetch` ("fetch failed" wraps it), or null for any other error. */
function closedConnectionCause(error: unknown): string | null {
  if (!(error instanceof TypeError)) return null;
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  return typeof cause?.code === 'string' && closedConnectionCodes.has(cause.code)
    ? `${error.message}: ${String(cause.message)} (${cause.code})`
    : null;
}

/** Records handlers the way Electron's ipcMain does, so payloads go through the real binding. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>();
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown) {
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
}

const ownWindow: IpcEventLike = { sender: { id: 1 }, senderFrame: { url: 'app://rehearse/index.html' } };

function describeResult(result: unknown): string {
  try {
    return JSON.stringify(result)?.slice(0, 300) ?? String(result);
  } catch {
    return String(result);
  }
}

/** What every refused payload must get back: data, not a throw, with the invalid_input code and a message. */
function checkRefusal(result: unknown): string | null {
  const r = result as { ok?: unknown; error?: { code?: unknown; message?: unknown } } | null;
  if (r?.ok !== false || r.error?.code !== 'invalid_input' || typeof r.error.message !== 'string' || r.error.message === '') {
    return `expected invalid_input, got ${describeResult(result)}`;
  }
  return null;
}

/**
 * Sends `perChannel` schema-invalid payloads to every channel through the
 * real IPC binding (fake ipcMain) and through the browser-mode bridge over
 * HTTP, against a real core on a seeded database. Each must be refused with
 * `invalid_input`; the data folder's fingerprint must not move; nothing may
 * throw or pollute Object.prototype; and the core must still answer afterwards.
 */
export async function fuzzChannels(options: FuzzOptions): Promise<ChannelReport[]> {
  const transports = options.transports ?? ['ipc', 'http'];
  const channels = options.channels ?? channelNames;
  const dataDir = mkdtempSync(join(tmpdir(), 'rehearse-fuzz-'));
  seedAtVersion(join(dataDir, databaseFileName), latestVersion);
  const core = openTestCore(dataDir);
  const staticDir = mkdtempSync(join(tmpdir(), 'rehearse-fuzz-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>fuzz</title>');
  const dispatch = options.tamper ? options.tamper(core.dispatch, core) : core.dispatch;
  const ipc = new FakeIpcMain();
  bindIpc(ipc, channelNames, dispatch, (event) => event.sender.id === 1);
  const bridge = await startBridge({ contract, dispatch, staticDir, port: 0 });
  const reports: ChannelReport[] = [];

  const sendIpc = async (channel: string, payload: Payload) => ipc.handlers.get(channel)!(ownWindow, ...payload.args);
  const sendOnce = async (channel: string, payload: Payload) => {
    const response = await fetch(`http://127.0.0.1:${bridge.port}/ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${bridge.token}`, 'Content-Type': 'application/json' },
      body: payload.body,
    });
    const body: unknown = await response.json();
    return response.status === 400 ? body : { status: response.status, body };
  };
  /*
   * The bridge runs in this process, so its keep-alive timer (5 s) and fetch's pooled-socket timer share one event
   * loop with the fuzzing; after a long IPC pass the first request of the HTTP pass can go out on a socket the server
   * is closing at that instant (the race every HTTP/1.1 client has at the keep-alive boundary). Browsers resend a
   * request whose reused connection closed before any response byte; so does this client, once, and says so. The
   * payloads are schema-invalid, and the data folder's fingerprint is compared after every pass, so a request that
   * did arrive twice would still show.
   */
  const sendHttp = async (channel: string, payload: Payload, report: ChannelReport) => {
    try {
      return await sendOnce(channel, payload);
    } catch (error) {
      const cause = closedConnectionCause(error);
      if (cause === null) throw error;
      // Which request of the pass it was (#1: the first after the IPC pass, when the socket sat idle longest).
      report.retried.push(`#${report.sent} [${payload.kind}] ${cause}`);
      return sendOnce(channel, payload);
    }
  };

  try {
    for (const [index, channel] of channels.entries()) {
      if (options.only && !options.only.has(channel)) continue;
      const schema = (contract as Record<string, { input: Parameters<typeof invalidPayloads>[0] }>)[channel]!.input;
      for (const transport of transports) {
        const rng = seededRandom(options.seed + index * 7919 + (transport === 'http' ? 1 : 0));
        const stats = { made: 0, discarded: 0 };
        const report: ChannelReport = { channel, transport, sent: 0, rejected: 0, discarded: 0, failures: [], retried: [] };
        const before = dataDirFingerprint(dataDir, core.db);
        for (const payload of invalidPayloads(schema, options.perChannel, rng, transport, stats)) {
          report.sent++;
          let problem: string | null;
          try {
            problem = checkRefusal(await (transport === 'ipc' ? sendIpc(channel, payload) : sendHttp(channel, payload, report)));
          } catch (error) {
            problem = `threw ${error instanceof Error ? error.message : String(error)}`;
          }
          if (problem) report.failures.push(`[${payload.kind}] ${problem}`);
          else report.rejected++;
        }
        report.discarded = stats.discarded;
        if (report.sent < options.perChannel) {
          report.failures.push(`only ${report.sent} invalid payloads could be made: does the schema accept almost anything?`);
        }
        if (dataDirFingerprint(dataDir, core.db) !== before) report.failures.push('the data changed');
        if ((Object.prototype as Record<string, unknown>).polluted !== undefined) report.failures.push('Object.prototype was polluted');
        const alive = await core.dispatch('app.info', {}, { transport: 'test' });
        if (!alive.ok) report.failures.push(`app.info failed afterwards: ${alive.error.message}`);
        reports.push(report);
        options.onReport?.(report);
      }
    }
  } finally {
    await bridge.close();
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(staticDir, { recursive: true, force: true });
  }
  return reports;
}
