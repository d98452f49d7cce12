import { randomBytes } from 'node:crypto';
import type { Emit } from '../../../../shared/contract/events';

export type ReplacedBy = 'restore' | 'import';

/**
 * The generation of the live data (see shared/contract/data-generation.ts):
 * new at every start, and new whenever a restore or an import has replaced
 * every row. `replaced` is called in the same turn of the event loop as the
 * commit that replaced the rows, so no write can slip in between under the
 * old generation, and it tells every window and tab to reload.
 */
export class DataGeneration {
  #current = freshGeneration();
  #lastReplacedBy: ReplacedBy | null = null;

  constructor(private readonly emit: Emit) {}

  /** The generation pages must send back for their writes to be accepted. */
  get current(): string {
    return this.#current;
  }

  /** What last replaced the data while the app ran, for the refusal's wording; null when nothing did. */
  get lastReplacedBy(): ReplacedBy | null {
    return this.#lastReplacedBy;
  }

  /** Every row was just replaced: pages loaded before may hold ids of records that no longer exist. */
  replaced(by: ReplacedBy): void {
    this.#current = freshGeneration();
    this.#lastReplacedBy = by;
    this.emit('data.replaced', { reason: by });
  }
}

function freshGeneration(): string {
  return randomBytes(8).toString('hex');
}
