import type { EventName } from '../../../shared/contract/event-names';
import type { RawSubscribe } from '../../../shared/contract/events';
import { bridgeToken } from './bridge-transport';

let source: EventSource | null = null;
let openedBefore = false;
const reconnectListeners = new Set<() => void>();

/** One EventSource per tab, opened on first use, shared by every subscription. */
function eventSource(): EventSource {
  if (source) return source;
  source = new EventSource(`/events?token=${encodeURIComponent(bridgeToken())}`);
  source.addEventListener('open', () => {
    // After a drop, events may have been missed: whoever cares refreshes everything.
    if (openedBefore) for (const listener of reconnectListeners) listener();
    openedBefore = true;
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

/** Called when the stream comes back after a drop (browser mode only; Electron IPC does not drop). */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => void reconnectListeners.delete(listener);
}
