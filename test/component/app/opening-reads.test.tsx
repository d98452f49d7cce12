import { act, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { channelNames } from '../../../shared/contract/channel-names';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/**
 * A stand-in for the preload's API that records each call and answers only when the test says so, so the
 * order of requests can be seen while the start-up check (`app.info`) is still unanswered.
 */
function holdingApi() {
  const calls: string[] = [];
  const pending = new Map<string, (value: unknown) => void>();
  const api: Record<string, Record<string, () => Promise<unknown>>> = {};
  for (const name of channelNames) {
    const [domain, method] = name.split('.') as [string, string];
    (api[domain] ??= {})[method] = () => {
      calls.push(name);
      return new Promise((resolve) => pending.set(name, resolve));
    };
  }
  return { api, calls, answer: (name: string, value: unknown) => pending.get(name)?.({ ok: true, value }) };
}

test('opening at Practice starts the page’s reads beside the start-up check, not after it, and asks for app.info once', async () => {
  const held = holdingApi();
  vi.stubGlobal('api', held.api);
  vi.stubGlobal('apiEvents', { subscribe: () => () => undefined });
  const { createQueryClient } = await import('../../../renderer/src/api/query-client');
  const { prefetchInto } = await import('../../../renderer/src/api/queries');
  const { preloadOpeningPage } = await import('../../../renderer/src/app/RouteView');
  const { RecoveryGate } = await import('../../../renderer/src/app/RecoveryGate');
  const { QueryProvider } = await import('../../../renderer/src/app/QueryProvider');

  const client = createQueryClient();
  const prefetch = prefetchInto(client);
  prefetch('app.info', {});
  preloadOpeningPage('/', prefetch);
  // Nothing has answered yet, and every read of the first screen is already on its way.
  expect(held.calls).toEqual(
    expect.arrayContaining([
      'app.info',
      'settings.get',
      'sessions.setupOptions',
      'sessions.unfinished',
      'sessions.list',
      'progress.due',
      'progress.upcoming',
    ]),
  );

  await act(async () => {
    render(
      <QueryProvider client={client}>
        <RecoveryGate>
          <p>The app</p>
        </RecoveryGate>
      </QueryProvider>,
    );
  });
  expect(screen.queryByText('The app')).toBeNull();
  await act(async () => held.answer('app.info', { recovery: null, notices: [] }));
  expect(await screen.findByText('The app')).toBeInTheDocument();
  // The gate joined the request in flight instead of asking again.
  expect(held.calls.filter((c) => c === 'app.info')).toHaveLength(1);
});
