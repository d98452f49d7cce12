import type { Page } from 'playwright-core';
import type { InputOf, OutputOf } from '../../../shared/contract/channel';
import type { ChannelName, Contract } from '../../../shared/contract/index';
import type { BridgeProcess } from './bridge-process';

/** A call through the bridge, as the renderer makes it: to set up history quickly and to read figures to compare. */
export async function ipc<N extends ChannelName>(
  page: Page,
  bridge: BridgeProcess,
  channel: N,
  input: InputOf<Contract[N]>,
): Promise<OutputOf<Contract[N]>> {
  const response = await page.request.post(`${bridge.origin}/ipc/${channel}`, {
    data: input,
    headers: { Authorization: `Bearer ${bridge.token}` },
  });
  const body = (await response.json()) as { ok: true; value: OutputOf<Contract[N]> } | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error.message}`);
  return body.value;
}
