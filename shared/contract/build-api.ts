import { type RendererApi, splitChannelName } from './api-types';
import type { Result } from './result';

export type Invoke = (channel: string, input: unknown) => Promise<Result<unknown>>;

/**
 * Builds the named API (`api.banks.list(input)`) over one transport. The
 * preload passes `ipcRenderer.invoke`, browser mode a loopback `fetch`; each
 * method is bound to its own channel, so no caller can name an arbitrary one.
 */
export function buildApi(channels: readonly string[], invoke: Invoke): RendererApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const channel of channels) {
    const [domain, method] = splitChannelName(channel);
    api[domain] ??= {};
    api[domain][method] = (input: unknown) => invoke(channel, input ?? {});
  }
  return api as unknown as RendererApi;
}
