import { type EventListener, type EventPayload, events, type RawSubscribe } from '../../../shared/contract/events';
import type { EventName } from '../../../shared/contract/event-names';
import { eventSourceSubscribe } from './event-source-transport';

/** The transport: the preload's `subscribe` inside Electron, the bridge's event stream in browser mode. */
function rawSubscribe(): RawSubscribe {
  return window.apiEvents?.subscribe ?? eventSourceSubscribe;
}

/**
 * Listens to one event from the main process, typed from the events table;
 * returns the function that stops listening. Payloads are checked against
 * the table here (the preload cannot carry zod), and one that does not match
 * is dropped with a console warning instead of reaching the UI.
 */
export function subscribe<N extends EventName>(name: N, listener: EventListener<N>): () => void {
  return rawSubscribe()(name, (payload) => {
    const parsed = events[name].safeParse(payload);
    if (!parsed.success) {
      console.warn(`[events] ${name}: payload does not match the events table; ignored.`);
      return;
    }
    listener(parsed.data as EventPayload<N>);
  });
}
