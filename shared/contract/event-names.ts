/**
 * Every event the main process may send to the renderer, as a plain list.
 * It carries no schemas on purpose: the preload needs only the names, and
 * importing zod there would add ~200 KB to the preload (issue 13 asks for
 * at most 20 KB). The payload schemas live beside it in `events.ts`, keyed
 * by exactly these names.
 */
export const eventNames = defineEventNames(['app.notice', 'data.changed', 'data.replaced', 'job.progress'] as const);

export type EventName = (typeof eventNames)[number];

/** Prefix of the Electron IPC channel an event travels on, so events never share a name with an invoke channel. */
export const eventChannelPrefix = 'event:';

/**
 * Checks an event-name list: each `domain.name`, none twice. Throws at
 * module load, so a duplicate stops the app and every test at once.
 */
export function defineEventNames<const T extends readonly string[]>(names: T): T {
  const seen = new Set<string>();
  for (const name of names) {
    if (!/^[a-z]+\.[a-zA-Z]+$/.test(name)) throw new Error(`Event name "${name}" must be "domain.name"`);
    if (seen.has(name)) throw new Error(`Event "${name}" is defined twice`);
    seen.add(name);
  }
  return names;
}

/** True when `name` is one of our events (the preload refuses any other). */
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (eventNames as readonly string[]).includes(name);
}
