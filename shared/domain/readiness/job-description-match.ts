import { foldForSearch } from '../question-search';

/**
 * Plan suggestions from a job description by plain keyword matching (issue 10,
 * item 2): no AI, nothing leaves the machine. A question is offered when words
 * of the job description occur in its text, category or tags; tags and the
 * category count double because the user chose them as labels.
 */

/** Common English words that say nothing about a job (plus job-ad filler). */
const stopWords = new Set(
  (
    'about above after again against also among and any are because been before being below between both but can could did does ' +
    'doing down during each few for from further had has have having her here hers him his how into its itself just more most ' +
    'must other our ours out over own same she should some such than that the their theirs them then there these they this those ' +
    'through too under until very was were what when where which while who whom why will with would you your yours able across ' +
    'within per via etc including include includes ability strong good excellent work working role team teams job candidate ' +
    'experience years year join looking opportunity responsibilities requirements required skills skill new use using based ' +
    'well all not one two may like make ensure provide support'
  ).split(' '),
);

/** The distinct folded keywords of a job description: words of 3+ letters that are not stop words. */
export function jobKeywords(jobDescription: string): Set<string> {
  const all = (jobDescription.normalize('NFKC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).map(foldForSearch);
  return new Set(all.filter((w) => w.length >= 3 && !stopWords.has(w) && !/^\d+$/.test(w)));
}

/** Crude English stem so "auditing" matches "audit" and "controls" matches "control". */
export function stem(word: string): string {
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

export interface MatchableQuestion {
  text: string;
  category: string;
  tags: readonly string[];
}

/** Score and matched keywords of one question: 1 per keyword in the text, 2 per keyword in a tag or the category. */
export function matchQuestion(keywords: ReadonlySet<string>, question: MatchableQuestion): { score: number; matched: string[] } {
  const stems = new Map<string, string>();
  for (const k of keywords) stems.set(stem(k), k);
  const wordsOf = (text: string) =>
    new Set((text.normalize('NFKC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).map((w) => stem(foldForSearch(w))));
  const inText = wordsOf(question.text);
  const inLabels = wordsOf([question.category, ...question.tags].join(' '));
  const matched = new Set<string>();
  let score = 0;
  for (const [s, keyword] of stems) {
    if (inLabels.has(s)) {
      score += 2;
      matched.add(keyword);
    } else if (inText.has(s)) {
      score += 1;
      matched.add(keyword);
    }
  }
  return { score, matched: [...matched].sort() };
}
