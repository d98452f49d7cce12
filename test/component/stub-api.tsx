import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { channelNames } from '../../shared/contract/channel-names';

/** A channel's stand-in: takes the request, answers a Result. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every channel's input differs; each test's stand-in narrows it
type Answer = (input: any) => Promise<unknown>;

/**
 * Stubs the preload's `window.api` (and `apiEvents`) for a page test: every channel answers `{ ok: true, value:
 * null }` unless `answers` names it (`'reflection.saveInterview'`). Undo with `vi.unstubAllGlobals()` and
 * `vi.resetModules()` (the client reads `window.api` when its module loads).
 */
export function stubApi(answers: Record<string, Answer>): void {
  const api: Record<string, Record<string, Answer>> = {};
  for (const name of channelNames) {
    const [domain, method] = name.split('.') as [string, string];
    (api[domain] ??= {})[method] = answers[name] ?? (async () => ({ ok: true, value: null }));
  }
  vi.stubGlobal('api', api);
  vi.stubGlobal('apiEvents', { subscribe: () => () => undefined });
}

/** Renders `page` inside the app's query provider (imported after the stub, so it uses it), its first reads settled. */
export async function renderPage(page: () => Promise<ReactNode>) {
  const { QueryProvider } = await import('../../renderer/src/app/QueryProvider');
  const content = await page();
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(<QueryProvider>{content}</QueryProvider>);
  });
  return view;
}
