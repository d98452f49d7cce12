import type { Invoke } from '../../../shared/contract/build-api';
import type { Result } from '../../../shared/contract/result';

const tokenKey = 'rehearse.bridgeToken';

/** Browser mode's token arrives once in the address (`?token=`) and is kept for reloads of this tab. */
export function bridgeToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem(tokenKey) ?? '';
}

const unavailable: Result<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'Rehearse’s background service is not answering. Is `npm run browser` still running?' },
};

/** The loopback transport: `POST /ipc/<channel>`, answered in the same `Result` shape as Electron IPC. */
export const bridgeInvoke: Invoke = async (channel, input) => {
  let response: Response;
  try {
    response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bridgeToken()}` },
      body: JSON.stringify(input),
    });
  } catch {
    return unavailable;
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return unavailable;
  }
};
