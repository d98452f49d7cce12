import type { ErrorData } from '../../../shared/contract/result';

/**
 * The stored list (ids, theirs) a refusal carries when this window's list merged with another window's would
 * go over its limit (`conflict` with one issue at `path` whose `saved` is the stored ids; see
 * shared/domain/limit-messages' `mergedOverMaxMessage`), or null for any other error. The page then shows the
 * merged list, rebased on the stored one, so the user removes what is over and nothing they added is lost.
 */
export function storedListOf(error: ErrorData, path: string): number[] | null {
  if (error.code !== 'conflict') return null;
  const saved = error.issues?.find((issue) => issue.path === path)?.saved;
  return Array.isArray(saved) && saved.every((id) => typeof id === 'number') ? (saved as number[]) : null;
}
