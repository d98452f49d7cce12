import { distance } from 'fastest-levenshtein';
import { stemmer } from 'stemmer';
import { foldKey } from '../text-rules';

/**
 * Words that do not change which qualification a requirement names ("experience
 * with SQL" = "SQL experience"). Kept short on purpose: only function words and
 * the filler job adverts wrap around a skill; "advanced", "senior" and the like
 * stay, because they do make a different requirement.
 */
const fillerWords = new Set(
  'a an and any as at be being for from good have having in is knowledge of on or proven strong the to with within working'.split(' '),
);

/** Words this long or longer may differ by one typo ("Kubernetes" / "Kubernets") and still be the same word. */
const typoMinLength = 6;
/** Two requirements are one gap when this share of their words match (Dice coefficient over word stems). */
const sameGapScore = 0.8;

/**
 * The words of `text` that name what it asks for: case- and form-folded (the
 * app's one text rule), split on anything that is not a letter or digit,
 * filler words dropped, each reduced to its English stem (Porter, via `stemmer`),
 * de-duplicated and sorted. Non-Latin words are kept as folded.
 */
export function gapWords(text: string): string[] {
  const words = foldKey(text).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const kept = words.filter((word) => !fillerWords.has(word));
  return [...new Set((kept.length > 0 ? kept : words).map((word) => stemmer(word)))].sort();
}

function sameWord(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= typoMinLength && distance(a, b) <= 1);
}

/**
 * True when two requirement, problem or question texts name the same thing
 * worded differently: word order, plural/verb forms, filler words, case,
 * accents typed either way and one typo in a long word do not matter; a word
 * that adds or changes meaning ("SQL" vs "SQL Server") does.
 */
export function sameGap(a: string, b: string): boolean {
  return sameGapWords(gapWords(a), gapWords(b));
}

function sameGapWords(left: string[], right: string[]): boolean {
  if (left.length === 0 || right.length === 0) return false;
  const unused = [...right];
  let matched = 0;
  for (const word of left) {
    const at = unused.findIndex((other) => sameWord(word, other));
    if (at >= 0) {
      unused.splice(at, 1);
      matched += 1;
    }
  }
  return (2 * matched) / (left.length + right.length) >= sameGapScore;
}

/**
 * Groups items whose texts are the same gap (see {@link sameGap}), keeping the
 * order of first appearance; each group is shown by its first item's text.
 * Greedy against each group's first item: O(items × groups), fine for the
 * hundreds of requirements a user writes.
 */
export function groupSameGaps<T>(items: readonly T[], textOf: (item: T) => string): T[][] {
  const groups: { words: string[]; items: T[] }[] = [];
  for (const item of items) {
    const words = gapWords(textOf(item));
    if (words.length === 0) continue;
    const group = groups.find((g) => sameGapWords(g.words, words));
    if (group) group.items.push(item);
    else groups.push({ words, items: [item] });
  }
  return groups.map((g) => g.items);
}
