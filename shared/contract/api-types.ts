import type { InputOf, OutputOf } from './channel';
import type { ChannelName, Contract } from './index';
import type { Result } from './result';

type DomainOf<N> = N extends `${infer D}.${string}` ? D : never;
type MethodOf<N, D extends string> = N extends `${D}.${infer M}` ? M : never;

/** `banks.list` → `api.banks.list(input)`: the named API the preload exposes. */
export type RendererApi = {
  [D in DomainOf<ChannelName>]: {
    [N in ChannelName as MethodOf<N, D>]: (input: InputOf<Contract[N]>) => Promise<Result<OutputOf<Contract[N]>>>;
  };
};

/** Splits a channel name into its domain and method, e.g. `banks.list` → [`banks`, `list`]. */
export function splitChannelName(name: string): [string, string] {
  const dot = name.indexOf('.');
  if (dot <= 0 || dot === name.length - 1) throw new Error(`Channel name "${name}" must be "domain.method"`);
  return [name.slice(0, dot), name.slice(dot + 1)];
}
