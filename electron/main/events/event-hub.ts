import { type Emit, type EventPayload, events } from '../../../shared/contract/events';
import type { EventName } from '../../../shared/contract/event-names';

/** One transport's way out: Electron's webContents.send, or browser mode's event stream. */
export type EventSink = (name: EventName, payload: unknown) => void;

/** The main side's typed emitter, fanned out to every connected transport. */
export interface EventHub {
  emit: Emit;
  /** Adds a transport; returns the function that removes it. */
  addSink(sink: EventSink): () => void;
}

/**
 * Creates the emitter. Each payload is checked against the events table
 * before it leaves (a malformed one is a bug here, reported and dropped, so
 * a renderer never receives it); a sink that throws never stops the others
 * or the operation that emitted.
 */
export function createEventHub(): EventHub {
  const sinks = new Set<EventSink>();
  return {
    emit<N extends EventName>(name: N, payload: EventPayload<N>) {
      const parsed = events[name].safeParse(payload);
      if (!parsed.success) {
        console.error(`[events] ${name} payload does not match the events table: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
        return;
      }
      for (const sink of sinks) {
        try {
          sink(name, parsed.data);
        } catch (error) {
          console.error(`[events] a transport failed to send ${name}:`, (error as Error).message);
        }
      }
    },
    addSink(sink) {
      sinks.add(sink);
      return () => void sinks.delete(sink);
    },
  };
}
