import { QueryClient } from '@tanstack/react-query';
import type { DataDomain } from '../../../shared/contract/data-domains';
import { dataDomains } from '../../../shared/contract/data-domains';
import { subscribe } from './events';
import { onStreamOpen } from './event-source-transport';

/**
 * How long a cached read is served without asking again when a screen
 * mounts. Writes do not wait for this: every write announces the domains it
 * changed (`data.changed`), which refreshes those reads at once. The limit is
 * for what changes without a write, such as which questions are due today.
 */
export const freshForMs = 30_000;

/** The one query cache of the renderer. Errors are values (`Result`), so no automatic retries: the UI offers "Try again". */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: freshForMs, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}

/**
 * Makes the cache follow the data: on `data.changed`, reads of the named
 * domains on screen are fetched again and cached ones off screen are dropped
 * (so returning to a screen never shows what a write has replaced). A notice
 * refreshes `app.info`. Whenever the browser event stream opens — after a drop,
 * and the first time, as a write from another window between this page's first
 * reads and the stream's opening was never announced — everything on screen is
 * fetched again (issue 16). Returns the stop function.
 */
export function followDataChanges(client: QueryClient): () => void {
  const refresh = (domains: readonly DataDomain[]) => {
    for (const domain of domains) {
      client.removeQueries({ queryKey: [domain], type: 'inactive' });
      void client.invalidateQueries({ queryKey: [domain], refetchType: 'active' });
    }
  };
  const stops = [
    subscribe('data.changed', ({ domains }) => refresh(domains)),
    subscribe('app.notice', () => refresh(['app'])),
    onStreamOpen(() => refresh(dataDomains)),
  ];
  return () => stops.forEach((stop) => stop());
}
