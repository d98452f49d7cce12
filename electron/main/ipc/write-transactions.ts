import type { Database } from 'better-sqlite3';
import type { Handlers } from './handlers';
import { writeChannels } from './write-channels';

type LooseHandler = (input: unknown, context: unknown) => unknown;

/**
 * Runs every synchronous write channel (`transaction: 'dispatcher'` in
 * write-channels.ts) whole inside one explicit transaction on `db`. Its COMMIT
 * is a statement of its own, so a full disk or an I/O error at commit throws
 * and the caller answers an error — never "ok" for rows that were not stored.
 * Checks and writes of one request also see one state (nothing slips between them).
 * A handler that returns a promise is refused by better-sqlite3 (and rolled back).
 */
export function inWriteTransactions(handlers: Handlers, db: Database): Handlers {
  const wrapped: Record<string, LooseHandler> = { ...(handlers as unknown as Record<string, LooseHandler>) };
  for (const [name, kind] of Object.entries(writeChannels)) {
    if (kind?.transaction !== 'dispatcher') continue;
    const handler = wrapped[name]!;
    wrapped[name] = db.transaction((input: unknown, context: unknown) => handler(input, context));
  }
  return wrapped as unknown as Handlers;
}
