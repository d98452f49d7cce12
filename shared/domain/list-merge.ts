/**
 * Three-way merge of an ordered list that two windows may change at once (an
 * interview's preparation plan, its questions to ask; issue 16, item 2).
 *
 * `mine` is this window's new list, made from `base` (the keys of the list as
 * this window last loaded or saved it); `current` is the list stored now,
 * which another window may have changed since. The result keeps `mine`, in its
 * order, except items another window removed meanwhile (in `base`, gone from
 * `current`); then appends, in their stored order, items another window added
 * meanwhile (in `current`, neither in `base` nor in `mine`). So each window's
 * additions, removals and (for its own items) order survive, and nothing
 * conflicts: adding or removing an item means the same in either window. Pure.
 */
export function mergeList<T, K>(current: readonly T[], mine: readonly T[], base: readonly K[], keyOf: (item: T) => K): T[] {
  const inBase = new Set(base);
  const inCurrent = new Set(current.map(keyOf));
  const inMine = new Set(mine.map(keyOf));
  const kept = mine.filter((item) => !(inBase.has(keyOf(item)) && !inCurrent.has(keyOf(item))));
  const addedElsewhere = current.filter((item) => !inBase.has(keyOf(item)) && !inMine.has(keyOf(item)));
  return [...kept, ...addedElsewhere];
}
