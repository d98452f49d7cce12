import type { z } from 'zod';

/**
 * One IPC channel: a runtime schema for what the renderer sends and a
 * compile-time type for what the main process answers. `output` is a phantom
 * field: it carries the type, never a value.
 */
export interface Channel<I extends z.ZodType, O> {
  readonly input: I;
  readonly output?: O;
}

/** `channel(schema).returns<Output>()` — the only way contract entries are made. */
export function channel<I extends z.ZodType>(input: I): { returns<O>(): Channel<I, O> } {
  return { returns: <O>() => ({ input }) as Channel<I, O> };
}

export type AnyChannel = Channel<z.ZodType, unknown>;
export type ChannelTable = Record<string, AnyChannel>;

/** What the caller passes (before defaults and transforms). */
export type InputOf<C> = C extends Channel<infer I, unknown> ? z.input<I> : never;
/** What the handler receives (after parsing). */
export type ParsedInputOf<C> = C extends Channel<infer I, unknown> ? z.output<I> : never;
export type OutputOf<C> = C extends Channel<z.ZodType, infer O> ? O : never;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * Merges per-domain channel tables into one contract and refuses a channel
 * name defined twice, which a plain object spread would silently overwrite.
 */
export function mergeTables<T extends ChannelTable[]>(...tables: T): UnionToIntersection<T[number]> {
  const merged: ChannelTable = {};
  for (const table of tables) {
    for (const [name, entry] of Object.entries(table)) {
      if (Object.hasOwn(merged, name)) throw new Error(`IPC channel "${name}" is defined twice`);
      merged[name] = entry;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}
