import type { Invoke } from '../../../shared/contract/build-api';
import { generationHeader, generationKeeper, withoutGeneration } from '../../../shared/contract/data-generation';
import type { Result } from '../../../shared/contract/result';

const tokenKey = 'rehearse.bridgeToken';

/**
 * Browser mode's token arrives once in the address (`?token=`). It is taken
 * out of the address bar and out of the history entry at once
 * (`history.replaceState`), so it is not left on screen, in history or in a
 * bookmark, and kept only for this tab: in memory, and in sessionStorage so
 * that reloading this tab keeps working. A new tab, or a restart of
 * `npm run browser` (new token), needs the newly printed address.
 */
export function adoptBridgeToken(
  location: Location = window.location,
  history: History = window.history,
  storage: Storage = sessionStorage,
): string {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl === null) return storage.getItem(tokenKey) ?? '';
  storage.setItem(tokenKey, fromUrl);
  url.searchParams.delete('token');
  history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
  return fromUrl;
}

let adopted: string | null = null;

/** The tab's token, taken from the address the first time (see `adoptBridgeToken`); for the IPC and event transports. */
export function bridgeToken(): string {
  adopted ??= adoptBridgeToken();
  return adopted;
}

const unavailable: Result<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'Rehearse’s background service is not answering. Is `npm run browser` still running?' },
};

const noToken: Result<never> = {
  ok: false,
  error: {
    code: 'forbidden',
    message: 'Open Rehearse from the address that “npm run browser” printed: it carries the key for this session.',
  },
};

const staleToken: Result<never> = {
  ok: false,
  error: {
    code: 'forbidden',
    message: 'This page’s key is out of date (browser mode was restarted). Open the address that “npm run browser” printed most recently.',
  },
};

let leaving = 0;

/**
 * Runs `send` with every bridge request it starts (synchronously) marked
 * `keepalive`: the browser then completes those requests after the page is
 * gone (reload, close), as `sendBeacon` would, but with the same headers —
 * the token stays in the Authorization header and the bridge checks it as
 * for any request. Browsers cap keepalive bodies at 64 KB in flight; a larger
 * one is refused, and the page's local copy of the typing covers it.
 */
export function sendingWhileLeaving<T>(send: () => T): T {
  leaving += 1;
  try {
    return send();
  } finally {
    leaving -= 1;
  }
}

/**
 * The loopback transport: `POST /ipc/<channel>`, answered in the same `Result`
 * shape as Electron IPC. Like the preload, it sends back the data generation
 * of its first answer with every call (shared/contract/data-generation.ts).
 */
export function createBridgeInvoke(token: string): Invoke {
  const generation = generationKeeper();
  return async (channel, input) => {
    if (token === '') return noToken;
    let response: Response;
    const loaded = generation.sent();
    try {
      response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${token}`,
          ...(loaded === undefined ? {} : { [generationHeader]: loaded }),
        },
        body: JSON.stringify(input),
        keepalive: leaving > 0,
      });
    } catch {
      return unavailable;
    }
    if (response.status === 401) return staleToken;
    try {
      const answer: unknown = await response.json();
      generation.answered(channel, answer);
      return withoutGeneration(answer) as Result<unknown>;
    } catch {
      return unavailable;
    }
  };
}
