import type { ChannelTable } from '../../../shared/contract/channel';
import type { Result } from '../../../shared/contract/result';
import { errorToData, invalidInput, issuesFromZod } from './errors';
import type { HandlerContext } from './handlers';

export type Dispatch = (channel: string, input: unknown, context: HandlerContext) => Promise<Result<unknown>>;

type LooseHandler = (input: unknown, context: HandlerContext) => unknown;

/**
 * The one place where outside input meets a handler, shared by Electron IPC
 * and the browser-mode bridge: look the channel up, parse the input with the
 * channel's schema, call the handler, and answer with data — never a throw.
 */
export function createDispatch(contract: ChannelTable, handlers: object): Dispatch {
  const table = handlers as Record<string, LooseHandler>;
  for (const name of Object.keys(contract)) {
    if (typeof table[name] !== 'function') throw new Error(`IPC channel "${name}" has no handler`);
  }
  return async (channel, input, context) => {
    if (!Object.hasOwn(contract, channel)) {
      return { ok: false, error: { code: 'not_found', message: `Unknown channel "${channel}".` } };
    }
    const parsed = contract[channel]!.input.safeParse(input);
    if (!parsed.success) return { ok: false, error: invalidInput(issuesFromZod(parsed.error)) };
    try {
      const value = await table[channel]!(parsed.data, context);
      return { ok: true, value: value === undefined ? null : value };
    } catch (error) {
      const data = errorToData(error, channel);
      if (data.code === 'internal_error' || data.code === 'storage_error') {
        console.error(`[ipc] ${channel} failed:`, error);
      }
      return { ok: false, error: data };
    }
  };
}

/** True when `channel` is a contract channel (own property, not `__proto__` or `toString`). */
export function isKnownChannel(contract: ChannelTable, channel: string): boolean {
  return Object.hasOwn(contract, channel);
}
