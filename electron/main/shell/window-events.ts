import type { BrowserWindow } from 'electron';
import { eventChannelPrefix } from '../../../shared/contract/event-names';
import type { EventHub } from '../events/event-hub';

/** Sends every event to the main window's page (and nowhere else); a closed or missing window just misses it. */
export function sendEventsToWindow(hub: EventHub, getWindow: () => BrowserWindow | null): () => void {
  return hub.addSink((name, payload) => {
    const window = getWindow();
    if (window && !window.isDestroyed()) window.webContents.send(`${eventChannelPrefix}${name}`, payload);
  });
}
