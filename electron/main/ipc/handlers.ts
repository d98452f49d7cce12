import type { OutputOf, ParsedInputOf } from '../../../shared/contract/channel';
import type { ChannelName, Contract } from '../../../shared/contract/index';

/** What a handler gets besides its input. */
export interface HandlerContext {
  /** Where the call came from: `ipc` inside Electron, `bridge` in browser mode, `test` in tests. */
  transport: 'ipc' | 'bridge' | 'test';
  /**
   * The data generation the calling page loaded (shared/contract/data-generation.ts),
   * checked on every write; absent when the page has had no answer yet, and in tests.
   */
  generation?: string;
}

export type Handler<N extends ChannelName> = (
  input: ParsedInputOf<Contract[N]>,
  context: HandlerContext,
) => OutputOf<Contract[N]> | Promise<OutputOf<Contract[N]>>;

/** One handler for every channel in the contract; a missing one is a compile error. */
export type Handlers = { [N in ChannelName]: Handler<N> };

/** A domain's share of the handlers, e.g. `HandlersFor<'banks.list' | 'banks.create'>`. */
export type HandlersFor<N extends ChannelName> = { [K in N]: Handler<K> };

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * Merges the per-domain handler tables and refuses a channel handled twice.
 * The caller checks the result against `Handlers` with `satisfies`, so a
 * channel without a handler does not compile.
 */
export function mergeHandlers<T extends object[]>(...parts: T): UnionToIntersection<T[number]> {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, handler] of Object.entries(part)) {
      if (Object.hasOwn(merged, name)) throw new Error(`IPC channel "${name}" has two handlers`);
      merged[name] = handler;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}
