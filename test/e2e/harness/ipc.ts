import type { Page } from 'playwright-core';
import type { BridgeProcess } from './bridge-process';

/** Calls a channel of the running browser-mode bridge directly (set-up and checks); throws with the error message unless it succeeded. */
export async function ipc<T>(page: Page, bridge: BridgeProcess, channel: string, data: unknown): Promise<T> {
  const response = await page.request.post(`${bridge.origin}/ipc/${channel}`, {
    data,
    headers: { Authorization: `Bearer ${bridge.token}` },
  });
  const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
  return body.value;
}
