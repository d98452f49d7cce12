import { z } from 'zod';
import { dataDomains } from './data-domains';
import { type EventName, eventNames } from './event-names';

/** The long operations that report progress (issue 13, item 4). */
/** `import` is the whole-archive import (Settings → Your data); `question-import` a question file (banks → Import). */
export const jobKinds = ['import', 'question-import', 'export', 'backup', 'restore', 'check'] as const;
export type JobKind = (typeof jobKinds)[number];

/**
 * What a job is doing now, as a code the renderer puts into words. Codes,
 * never free text, so no question or answer text can travel in an event.
 */
export const jobSteps = [
  'uploading',
  'reading',
  'checking',
  'copying',
  'migrating',
  'backing-up',
  'replacing',
  'tables',
  'recordings',
  'verifying',
  'integrity',
  'references',
  'summaries',
  'finishing',
  'questions',
  'adding',
] as const;
export type JobStep = (typeof jobSteps)[number];

export const jobStates = ['running', 'finished', 'failed', 'cancelled'] as const;
export type JobState = (typeof jobStates)[number];

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const payloads = {
  /** A notice was added (e.g. the daily backup failed): shown at once, not at the next visit. */
  'app.notice': z.strictObject({ id: z.string().min(1).max(200), level: z.enum(['info', 'warning']), message: z.string().max(2000) }),
  /** Saved data changed (in this window, another tab, or in the background): cached reads of these domains are stale. */
  'data.changed': z.strictObject({ domains: z.array(z.enum(dataDomains)).min(1).max(dataDomains.length) }),
  /**
   * Every row was replaced (a backup restored, an archive imported): ids a
   * page holds may now name other records, so every window and tab reloads
   * (issue 16, item 3). Writes from pages that loaded before are refused.
   */
  'data.replaced': z.strictObject({ reason: z.enum(['restore', 'import']) }),
  /**
   * A long job moved on. `total` 0 means the amount is not known (an
   * indeterminate bar); `done` ≤ `total` otherwise. `cancellable` says whether
   * `data.cancelJob` may stop it now (see docs/progress-and-cancel in notes).
   */
  'job.progress': z.strictObject({
    jobId: z.string().regex(/^[a-f0-9]{16}$/),
    kind: z.enum(jobKinds),
    step: z.enum(jobSteps),
    state: z.enum(jobStates),
    done: count,
    total: count,
    cancellable: z.boolean(),
  }),
} satisfies Record<EventName, z.ZodType>;

/**
 * The events table: event name → payload schema. The main side's emitter,
 * the preload's `subscribe` and the browser-mode event stream are all typed
 * from it; the names come from the plain list in `event-names.ts`, and this
 * check refuses a table that lists a name more or less than that list.
 */
export const events = checkEventTable(payloads);

export type Events = typeof events;
export type EventPayload<N extends EventName> = z.output<Events[N]>;
export type JobProgress = EventPayload<'job.progress'>;

/** Throws unless the table has exactly the listed event names. */
export function checkEventTable<T extends Record<string, z.ZodType>>(table: T, names: readonly string[] = eventNames): T {
  const keys = Object.keys(table);
  const missing = names.filter((n) => !keys.includes(n));
  const extra = keys.filter((k) => !names.includes(k));
  if (missing.length || extra.length) {
    throw new Error(
      `The events table and the event-name list differ (missing: ${missing.join(', ') || 'none'}; extra: ${extra.join(', ') || 'none'})`,
    );
  }
  return table;
}

/** Listener for one event; what `subscribe` takes. */
export type EventListener<N extends EventName> = (payload: EventPayload<N>) => void;

/** The preload's and the browser transport's one method: listen to an event, get back the function that stops listening. */
export type Subscribe = <N extends EventName>(name: N, listener: EventListener<N>) => () => void;

/** The main side: send one event to every connected renderer. */
export type Emit = <N extends EventName>(name: N, payload: EventPayload<N>) => void;

/**
 * What a transport offers before validation: the preload (which may not
 * import zod) and the browser event stream hand over the payload as it
 * arrived; the renderer's `subscribe` checks it against the table.
 */
export type RawSubscribe = (name: EventName, listener: (payload: unknown) => void) => () => void;
