import type { DataGeneration } from '../services/data/data-generation';
import type { Dispatch } from './dispatch';
import { savedThing } from './write-channels';

/**
 * Refuses a write from a page that loaded older data (issue 16, item 3).
 * Every channel that saves (write-channels.ts) is checked: when the call
 * carries a generation (`context.generation`, sent by the page's transport)
 * and it is not the current one, nothing runs and the answer is `stale_data`,
 * on which the page reloads. A call without one comes from a page that has
 * loaded nothing yet (its first answer tells it the generation), or a test.
 * Reads are answered as before: the `data.replaced` event reloads the page.
 */
export function refuseStaleWrites(dispatch: Dispatch, generation: DataGeneration): Dispatch {
  return async (channel, input, context) => {
    const thing = savedThing(channel);
    if (thing !== null && context.generation !== undefined && context.generation !== generation.current) {
      return { ok: false, error: { code: 'stale_data', message: staleSentence(thing, generation) } };
    }
    return dispatch(channel, input, context);
  };
}

/** The refusal, in words: what happened, what was not saved, what happens now. */
export function staleSentence(thing: string, generation: Pick<DataGeneration, 'lastReplacedBy'>): string {
  const what =
    generation.lastReplacedBy === 'import'
      ? 'Your data was replaced by an import'
      : generation.lastReplacedBy === 'restore'
        ? 'Your data was restored from a backup'
        : 'Rehearse was restarted';
  return `${what} after this page loaded, so ${thing} was not saved: it belonged to data that is no longer there. The page reloads with your current data.`;
}
