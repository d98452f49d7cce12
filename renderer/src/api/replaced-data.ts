import type { RendererApi } from '../../../shared/contract/api-types';
import { replacingChannels } from '../../../shared/contract/data-generation';
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

/**
 * This page's own restores and imports. Their `data.replaced` event may
 * arrive before or after their answer (the event stream and the call are
 * separate connections), so an event during the call is remembered, and a
 * successful call whose event has not come yet leaves one event owed.
 */
const own = { calling: 0, heardDuringCall: 0, owed: 0 };
let lastReplacedBy: EventPayload<'data.replaced'>['reason'] = 'restore';

/**
 * Reloads the page on `data.replaced`, unless this page is the one replacing
 * the data (it adopts the new generation from the answer and refreshes its
 * reads; see `replacingChannels`). Returns the function that stops listening.
 */
export function reloadWhenDataReplaced(): () => void {
  return subscribe('data.replaced', ({ reason }) => {
    lastReplacedBy = reason;
    if (own.calling > 0) own.heardDuringCall++;
    else if (own.owed > 0) own.owed--;
    else reloadWithNotice(replacedSentence(reason));
  });
}

/**
 * After this page's own restore or import: a success adopted the new
 * generation, so its event is not a reason to reload (consumed now, or owed
 * if it has not arrived). A failure that still replaced the data (its event
 * came) left this page on the old generation: reload.
 */
function settleOwnReplace(succeeded: boolean): void {
  const heard = own.heardDuringCall > 0;
  if (heard) own.heardDuringCall--;
  if (succeeded) {
    if (!heard) own.owed++;
  } else if (heard) {
    reloadWithNotice(replacedSentence(lastReplacedBy));
  }
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
      const replaces = replacingChannels.includes(`${domain}.${method}`);
      wrapped[domain][method] = async (input) => {
        if (replaces) own.calling++;
        const result = await call(input).finally(() => replaces && own.calling--);
        if (replaces) settleOwnReplace(result.ok);
        if (!result.ok && result.error.code === 'stale_data') onStale(result.error.message);
        return result;
      };
    }
  }
  return wrapped as unknown as RendererApi;
}
