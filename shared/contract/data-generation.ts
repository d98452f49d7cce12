/**
 * The data generation (issue 16, item 3): an opaque id of the data as a page
 * loaded it. The main process picks a new one at every start and whenever a
 * restore or an import replaces every row. Each transport's first answer
 * carries it; the page sends it back with every later call; a write from an
 * older generation is refused (`stale_data`), so a page holding ids of
 * replaced rows can never write into the records that now have those ids.
 *
 * Kept free of zod: the preload imports it (its size budget is 20 KB).
 */

/** 16 lower-case hex digits (64 random bits). */
export const generationPattern = /^[a-f0-9]{16}$/;

/** The request header browser mode's bridge reads it from (Electron IPC passes it as a second argument). */
export const generationHeader = 'x-rehearse-generation';

/** True for a well-formed generation. */
export function isGeneration(value: unknown): value is string {
  return typeof value === 'string' && generationPattern.test(value);
}

/**
 * The channels that replace every row. The page that called one adopts the
 * generation of its answer: it asked for the replace and refreshes every read
 * after it, so it keeps working without a reload; every other page reloads.
 */
export const replacingChannels: readonly string[] = ['data.restoreBackup', 'data.finishImport'];

/** What a transport answers: the call's `Result`, plus the generation of the data it was answered from. */
export interface WithGeneration {
  generation?: string;
}

/**
 * Per page: remembers the generation of the first answer (what the page
 * loaded), or of its own successful restore or import (`replacingChannels`),
 * and hands it back for every later call. Used by the preload and by browser
 * mode's bridge transport.
 */
export function generationKeeper(): { sent(): string | undefined; answered(channel: string, answer: unknown): void } {
  let loaded: string | undefined;
  return {
    sent: () => loaded,
    answered(channel, answer) {
      const { generation, ok } = (answer ?? {}) as WithGeneration & { ok?: unknown };
      if (!isGeneration(generation)) return;
      if (loaded === undefined || (ok === true && replacingChannels.includes(channel))) loaded = generation;
    },
  };
}

/** The answer without its `generation`, as the page's code sees it. */
export function withoutGeneration<T>(answer: T): T {
  if (answer === null || typeof answer !== 'object' || !('generation' in answer)) return answer;
  const { generation: _generation, ...rest } = answer as T & WithGeneration;
  return rest as T;
}
