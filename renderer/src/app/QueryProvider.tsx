import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { createQueryClient, followDataChanges } from '../api/query-client';

/** The renderer's one query cache, kept in step with the main process's `data.changed` and `app.notice` events. */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  useEffect(() => followDataChanges(client), [client]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
