import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { RawSubscribe } from '../../../shared/contract/events';
import type { EventName } from '../../../shared/contract/event-names';
import { createQueryClient, followDataChanges } from '../../../renderer/src/api/query-client';
import { useQueryResult } from '../../../renderer/src/api/queries';

// A stand-in for the preload's `subscribe`: the test plays the main process and sends events.
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
const fakeSubscribe: RawSubscribe = (name, listener) => {
  if (!listeners.has(name)) listeners.set(name, new Set());
  listeners.get(name)!.add(listener);
  return () => listeners.get(name)!.delete(listener);
};
function send(name: EventName, payload: unknown) {
  act(() => listeners.get(name)?.forEach((l) => l(payload)));
}

beforeEach(() => {
  window.apiEvents = { subscribe: fakeSubscribe };
});
afterEach(() => {
  delete window.apiEvents;
  listeners.clear();
});

function Banks({
  load,
}: {
  load: () => Promise<{ ok: true; value: string[] } | { ok: false; error: { code: 'not_found'; message: string } }>;
}) {
  const [banks, reload] = useQueryResult(['banks', 'banks.list', {}], load);
  if (banks.status === 'loading') return <p>Loading…</p>;
  if (banks.status === 'error')
    return (
      <p role="alert">
        {banks.error.message} <button onClick={reload}>Try again</button>
      </p>
    );
  return (
    <ul>
      {banks.value.map((b) => (
        <li key={b}>{b}</li>
      ))}
    </ul>
  );
}

function renderWithCache(ui: React.ReactElement) {
  const client = createQueryClient();
  const stop = followDataChanges(client);
  const view = render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
  return { client, stop, ...view };
}

test('loads through the cache and refetches when data.changed names its domain, not another one', async () => {
  let names = ['Openers'];
  const load = vi.fn(async () => ({ ok: true as const, value: names }));
  const { stop } = renderWithCache(<Banks load={load} />);
  expect(await screen.findByText('Openers')).toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(1);

  names = ['Openers', 'Onsite loop'];
  send('data.changed', { domains: ['reflection'] });
  send('data.changed', { domains: ['banks'] });
  expect(await screen.findByText('Onsite loop')).toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(2);
  stop();
});

test('a payload that does not match the events table is ignored', async () => {
  const load = vi.fn(async () => ({ ok: true as const, value: ['Openers'] }));
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const { stop } = renderWithCache(<Banks load={load} />);
  await screen.findByText('Openers');
  send('data.changed', { domains: ['banks', 'nonsense'] });
  send('data.changed', 'banks');
  expect(load).toHaveBeenCalledTimes(1);
  expect(warn).toHaveBeenCalledTimes(2);
  warn.mockRestore();
  stop();
});

test('an error Result is shown with its message, and Try again loads again', async () => {
  let fail = true;
  const load = vi.fn(async () =>
    fail
      ? { ok: false as const, error: { code: 'not_found' as const, message: 'No banks here.' } }
      : { ok: true as const, value: ['Back'] },
  );
  const { stop } = renderWithCache(<Banks load={load} />);
  expect(await screen.findByRole('alert')).toHaveTextContent('No banks here.');
  fail = false;
  act(() => screen.getByRole('button', { name: 'Try again' }).click());
  expect(await screen.findByText('Back')).toBeInTheDocument();
  stop();
});

test('an app.notice event refreshes app reads at once (the notice banner)', async () => {
  function Notices({ load }: { load: () => Promise<{ ok: true; value: string[] }> }) {
    const [notices] = useQueryResult(['app', 'app.info', {}], load);
    return <p>{notices.status === 'ready' ? notices.value.join(',') || 'none' : '…'}</p>;
  }
  let notices: string[] = [];
  const { stop } = renderWithCache(<Notices load={async () => ({ ok: true as const, value: notices })} />);
  expect(await screen.findByText('none')).toBeInTheDocument();
  notices = ['daily-backup-failed'];
  send('app.notice', { id: 'daily-backup-failed', level: 'warning', message: 'Rehearse could not take today’s backup.' });
  expect(await screen.findByText('daily-backup-failed')).toBeInTheDocument();
  stop();
});
