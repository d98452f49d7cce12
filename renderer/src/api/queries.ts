import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { InputOf, OutputOf } from '../../../shared/contract/channel';
import { type DataDomain, domainOfChannel } from '../../../shared/contract/data-domains';
import type { ChannelName, Contract } from '../../../shared/contract/index';
import type { ErrorData, Result } from '../../../shared/contract/result';
import { api } from './client';

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: ErrorData };

/** A `Result` error carried through the query cache, which expects a thrown error for failures. */
export class ResultError extends Error {
  constructor(readonly data: ErrorData) {
    super(data.message);
    this.name = 'ResultError';
  }
}

/**
 * Cache key of a read: its domain first, so `data.changed` naming the domain
 * refreshes it (see query-client.ts), then whatever identifies the read.
 */
export type ReadKey = readonly [DataDomain, ...unknown[]];

/**
 * Reads a value through the query cache. `key` must name everything `load`
 * depends on. While a new key loads, the previous value stays on screen (as
 * a form or list would expect, rather than flashing "Loading…"). Returns the
 * value as a `Loadable` and a `reload` function for "Try again".
 */
export function useQueryResult<T>(key: ReadKey, load: () => Promise<Result<T>>): [Loadable<T>, () => void] {
  const query = useQuery<T, ResultError>({
    queryKey: key,
    queryFn: async () => {
      const result = await load();
      if (!result.ok) throw new ResultError(result.error);
      return result.value;
    },
    placeholderData: keepPreviousData,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  if (query.status === 'error') {
    // queryFn throws only ResultError; anything else (a bug in `load`) still gets a plain message.
    const thrown: unknown = query.error;
    const error: ErrorData =
      thrown instanceof ResultError ? thrown.data : { code: 'internal_error', message: 'Something went wrong while loading this.' };
    return [{ status: 'error', error }, reload];
  }
  if (query.status === 'pending') return [{ status: 'loading' }, reload];
  return [{ status: 'ready', value: query.data }, reload];
}

/** Calls one channel by name, through the typed client. */
export function callChannel<N extends ChannelName>(channel: N, input: InputOf<Contract[N]>): Promise<Result<OutputOf<Contract[N]>>> {
  const dot = channel.indexOf('.');
  const domain = api[channel.slice(0, dot) as keyof typeof api] as unknown as Record<string, (input: unknown) => Promise<Result<unknown>>>;
  return domain[channel.slice(dot + 1)]!(input) as Promise<Result<OutputOf<Contract[N]>>>;
}

/** The cache key of one channel's read: `[domain, channel, input]` (what useApiQuery uses). */
export function apiQueryKey<N extends ChannelName>(channel: N, input: InputOf<Contract[N]>): ReadKey {
  return [domainOfChannel(channel), channel, input];
}

/** Calls a channel and throws its error as a ResultError, as the query cache expects. */
async function loadChannel<N extends ChannelName>(channel: N, input: InputOf<Contract[N]>): Promise<OutputOf<Contract[N]>> {
  const result = await callChannel(channel, input);
  if (!result.ok) throw new ResultError(result.error);
  return result.value;
}

/** Reads one channel through the cache, keyed by `[domain, channel, input]`: `useApiQuery('banks.get', { id })`. */
export function useApiQuery<N extends ChannelName>(channel: N, input: InputOf<Contract[N]>): [Loadable<OutputOf<Contract[N]>>, () => void] {
  return useQueryResult(apiQueryKey(channel, input), () => callChannel(channel, input));
}

/** Starts a read into the cache before any screen asks for it (the opening page's reads; see routes.tsx). */
export type Prefetch = <N extends ChannelName>(channel: N, input: InputOf<Contract[N]>) => void;

/** A Prefetch that fills `client`: a screen mounting later finds the answer cached, or joins the request in flight. */
export function prefetchInto(client: QueryClient): Prefetch {
  return (channel, input) =>
    void client.prefetchQuery({ queryKey: apiQueryKey(channel, input), queryFn: () => loadChannel(channel, input) });
}

/**
 * One channel's answer through the cache, as a Result: joins a prefetch in flight or uses a fresh cached
 * answer instead of asking the main process again (RecoveryGate's `app.info`, also read by NoticeBanner).
 */
export async function readThroughCache<N extends ChannelName>(
  client: QueryClient,
  channel: N,
  input: InputOf<Contract[N]>,
): Promise<Result<OutputOf<Contract[N]>>> {
  try {
    return {
      ok: true,
      value: await client.fetchQuery({ queryKey: apiQueryKey(channel, input), queryFn: () => loadChannel(channel, input) }),
    };
  } catch (error) {
    if (error instanceof ResultError) return { ok: false, error: error.data };
    throw error;
  }
}
