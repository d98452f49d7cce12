import type { EventName } from '../../../shared/contract/event-names';
import type { RawSubscribe } from '../../../shared/contract/events';
import { bridgeToken } from './bridge-transport';

let source: EventSource | null = null;
const openListeners = new Set<() => void>();

/** One EventSource per tab, opened on first use, shared by every subscription. */
function eventSource(): EventSource {
  if (source) return source;
  source = new EventSource(`/events?token=${encodeURIComponent(bridgeToken())}`);
  // Events may have been missed before EVERY open: after a drop, and also before the first one (the page's first
  // reads go out while the stream is still connecting, so another window's write in between was never heard).
  // The bridge adds the stream to its listeners before the open reaches the page, so nothing falls in a gap.
  source.addEventListener('open', () => {
    for (const listener of openListeners) listener();
  });
  return source;
}

/** Browser mode's transport: Server-Sent Events from the loopback bridge on the same token as `/ipc/`. */
export const eventSourceSubscribe: RawSubscribe = (name: EventName, listener) => {
  const handler = (message: Event) => {
    let payload: unknown;
    try {
      payload = JSON.parse((message as MessageEvent<string>).data);
    } catch {
      console.warn(`[events] ${name}: the stream sent something that is not JSON; ignored.`);
      return;
    }
    listener(payload);
  };
  const stream = eventSource();
  stream.addEventListener(name, handler);
  return () => stream.removeEventListener(name, handler);
};

/**
 * Called each time the stream opens — the first time and after every drop — since whatever was read before
 * may have missed a write (browser mode only; Electron's IPC events are heard from the page's start and do not
 * drop). Listeners refresh what they show.
 */
export function onStreamOpen(listener: () => void): () => void {
  openListeners.add(listener);
  return () => void openListeners.delete(listener);
}
