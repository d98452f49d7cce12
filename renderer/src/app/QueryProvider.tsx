import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { createQueryClient, followDataChanges } from '../api/query-client';

/**
 * The renderer's one query cache, kept in step with the main process's `data.changed` and `app.notice` events.
 * main.tsx passes the client it already started the opening reads in (so they run beside the start-up check).
 */
export function QueryProvider({ client: given, children }: { client?: QueryClient; children: ReactNode }) {
  const [client] = useState(() => given ?? createQueryClient());
  useEffect(() => followDataChanges(client), [client]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
