import type { RendererApi } from '../../../shared/contract/api-types';
import type { EventPayload } from '../../../shared/contract/events';
import type { Result } from '../../../shared/contract/result';
import { subscribe } from './events';

/*
 * When every row was replaced (a restore or an import, in this or another
 * window or tab), the page reloads so it holds no id of a record that is gone
 * (issue 16, item 3), and says so after the reload. Two ways in: the
 * `data.replaced` event, and a write the main process refused as
 * `stale_data` (the event may not have arrived: a tab asleep, a stream
 * reconnecting).
 */

const noticeKey = 'rehearse.reloadNotice';

/** What the page says after reloading because of a `data.replaced` event. */
export function replacedSentence(reason: EventPayload<'data.replaced'>['reason']): string {
  return reason === 'restore'
    ? 'Your data was restored from a backup; this page was reloaded.'
    : 'Your data was replaced by an imported archive; this page was reloaded.';
}

/** Reloads the page, leaving `message` for it to show once it is back (per tab: sessionStorage). */
export function reloadWithNotice(message: string, page: { reload(): void } = window.location, storage: Storage = sessionStorage): void {
  storage.setItem(noticeKey, message);
  page.reload();
}

let taken: string | null | undefined;

/**
 * The message a reload left for this page. It is removed from storage as it
 * is first read (a later reload does not repeat it) and remembered for this
 * page load, so a component mounted twice (React's StrictMode) shows it too.
 */
export function takeReloadNotice(storage: Storage = sessionStorage): string | null {
  if (taken === undefined) {
    taken = storage.getItem(noticeKey);
    storage.removeItem(noticeKey);
  }
  return taken;
}

/** Reloads every page on `data.replaced`; returns the function that stops listening. */
export function reloadWhenDataReplaced(): () => void {
  return subscribe('data.replaced', ({ reason }) => reloadWithNotice(replacedSentence(reason)));
}

/**
 * The same API, except that a call refused as `stale_data` reloads the page
 * (with the main process's sentence as the notice). The refusal is still
 * returned, so the caller shows "not saved" rather than "Saved" until the
 * reload happens.
 */
export function reloadOnStaleData(api: RendererApi, onStale: (message: string) => void = (m) => reloadWithNotice(m)): RendererApi {
  const wrapped: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const [domain, methods] of Object.entries(
    api as unknown as Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>,
  )) {
    wrapped[domain] = {};
    for (const [method, call] of Object.entries(methods)) {
      wrapped[domain][method] = async (input) => {
        const result = await call(input);
        if (!result.ok && result.error.code === 'stale_data') onStale(result.error.message);
        return result;
      };
    }
  }
  return wrapped as unknown as RendererApi;
}
