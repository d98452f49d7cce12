import { stemmer } from 'stemmer';
import { foldForSearch } from '../question-search';

/**
 * Plan suggestions from a job description by plain keyword matching (issue 10,
 * item 2): no AI, nothing leaves the machine. Standard information-retrieval
 * weighting keeps filler out: each keyword weighs its inverse document
 * frequency over the user's own questions (Spärck Jones 1972, idf = ln(N/df)),
 * so a word found in most questions ("time", as in "Tell me about a time…")
 * says nothing, and one found in a handful ("materiality") says a lot.
 * Hyphenated words stay whole ("part-qualified" is not "part"), words are
 * reduced to their English stem (Porter, via `stemmer`), and tags and the
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
    'well all not one two may like make ensure provide support time end part point points day days way ways ' +
    // How a job ad addresses the reader ("We need…", "you will show…", "tell us about…"): walker's walk saw a
    // question offered as matching "need" because it said "information you needed".
    'need needs needed want wants seek seeking show shows tell'
  ).split(' '),
);

/** The stop words' stems, so "jobs" and "skills" are dropped like "job" and "skill". */
const stopStems = new Set([...stopWords].map((word) => stemmer(word)));

/** Words, with hyphenated or apostrophe compounds kept as one ("year-end", "part-qualified"). */
const wordPattern = /[\p{L}\p{N}\p{M}]+(?:[-'’][\p{L}\p{N}\p{M}]+)*/gu;

const wordsIn = (text: string): string[] => (text.normalize('NFKC').match(wordPattern) ?? []).map(foldForSearch);

/** The distinct folded keywords of a job description: words of 3+ letters that are not stop words or plain numbers. */
export function jobKeywords(jobDescription: string): Set<string> {
  return new Set(
    wordsIn(jobDescription).filter((w) => w.length >= 3 && !stopWords.has(w) && !stopStems.has(stemmer(w)) && !/^\d+$/.test(w)),
  );
}

export interface MatchableQuestion {
  text: string;
  category: string;
  tags: readonly string[];
}

export interface JobMatch<Q> {
  question: Q;
  /** Σ idf of the keywords found: once in the text, twice in a tag or the category. */
  score: number;
  /** The job description's words that matched, alphabetical. */
  matched: string[];
}

/**
 * The questions a job description points at, best first. `questions` is the
 * whole set the user could practise (it is also the collection the weights are
 * counted over). A keyword found in more than a tenth of the questions (and
 * more than three) is too common to tell them apart and is not used; one
 * distinctive keyword ("IFRS") is enough to offer a question, ranked by weight.
 * Returns at most `limit` matches; ties keep the input order.
 */
export function rankByJobDescription<Q extends MatchableQuestion>(
  jobDescription: string,
  questions: readonly Q[],
  limit: number,
): JobMatch<Q>[] {
  const byStem = new Map<string, string>();
  for (const keyword of jobKeywords(jobDescription)) if (!byStem.has(stemmer(keyword))) byStem.set(stemmer(keyword), keyword);
  if (byStem.size === 0 || questions.length === 0) return [];

  // Compounds are stemmed as a whole ("year-ends" → "year-end").
  const stemsOf = (text: string) => new Set(wordsIn(text).map((word) => stemmer(word)));
  const indexed = questions.map((question) => ({
    question,
    text: stemsOf(question.text),
    labels: stemsOf([question.category, ...question.tags].join(' ')),
  }));
  const documentFrequency = new Map<string, number>();
  for (const entry of indexed) {
    for (const s of new Set([...entry.text, ...entry.labels]))
      if (byStem.has(s)) documentFrequency.set(s, (documentFrequency.get(s) ?? 0) + 1);
  }
  const tooCommon = Math.max(3, questions.length / 10);
  const weight = new Map<string, number>();
  for (const [s, df] of documentFrequency) if (df <= tooCommon) weight.set(s, Math.log(questions.length / df) + 1);

  const matches: JobMatch<Q>[] = [];
  for (const entry of indexed) {
    let score = 0;
    const matched: string[] = [];
    for (const [s, w] of weight) {
      if (entry.labels.has(s)) {
        score += 2 * w;
      } else if (entry.text.has(s)) score += w;
      else continue;
      matched.push(byStem.get(s)!);
    }
    if (matched.length > 0) matches.push({ question: entry.question, score, matched: matched.sort() });
  }
  return matches.sort((a, b) => b.score - a.score).slice(0, limit);
}
