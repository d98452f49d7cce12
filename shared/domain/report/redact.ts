import { foldKey } from '../text-rules';

/**
 * Redaction for the shared progress report (issue 14, item 6): company and interviewer names are
 * replaced everywhere, free text included, by consistent pseudonyms ("Company A", "Interviewer B").
 *
 * Matching follows the text rules (text-rules.ts): a name matches when its words, compared by
 * `foldKey` (case-insensitive, NFKC, full case folding), appear as whole words in the same order,
 * separated by anything that is not a letter or digit ("Acme  ltd", "ACME-Ltd" and "acme ltd"
 * all match "Acme Ltd"). Each significant word of a name also matches on its own ("Sam" of
 * "Sam Lee", "Acme" of "Acme Ltd"), because people write first names and short company names;
 * words that say nothing about who it is ("Ltd", "the", "Dr"…, single letters) are not redacted alone.
 */

/** Words never redacted on their own: legal suffixes, articles and titles (not identifying). */
const nonIdentifying = new Set(
  [
    'ltd',
    'limited',
    'llp',
    'plc',
    'inc',
    'llc',
    'lp',
    'gmbh',
    'ag',
    'sa',
    'co',
    'corp',
    'corporation',
    'company',
    'group',
    'holdings',
    'partners',
    'partnership',
    'and',
    'the',
    'of',
    'uk',
    'international',
    'services',
    'mr',
    'mrs',
    'ms',
    'miss',
    'mx',
    'dr',
    'prof',
    'sir',
  ].map(foldKey),
);

// A word: a run of letters, digits and combining marks (so "Café" written with a combining accent is one word).
const wordPattern = /[\p{L}\p{N}\p{M}]+/gu;

interface Word {
  key: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(wordPattern)].map((m) => ({ key: foldKey(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** "A", "B", … "Z", "AA", "AB", …: the nth pseudonym letter (0-based). */
export function pseudonymLetters(n: number): string {
  let s = '';
  let i = n + 1;
  while (i > 0) {
    const rem = (i - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    i = Math.floor((i - 1) / 26);
  }
  return s;
}

export interface NamesToRedact {
  companies: readonly string[];
  interviewers: readonly string[];
}

interface Pattern {
  keys: string[];
  replacement: string;
}

/**
 * Builds the redaction for a set of names. Names are de-duplicated by fold, in the order given, so
 * the first company is "Company A" in every output built from the same list. Returns `redact`
 * (text → text) and the pseudonym of each distinct name.
 */
export function redactor(names: NamesToRedact): { redact: (text: string) => string; pseudonyms: Map<string, string> } {
  const pseudonyms = new Map<string, string>();
  const patterns: Pattern[] = [];
  const add = (list: readonly string[], label: string) => {
    let n = 0;
    for (const name of list) {
      const keys = wordsOf(name).map((w) => w.key);
      const whole = keys.join(' ');
      if (keys.length === 0 || pseudonyms.has(whole)) continue;
      const replacement = `${label} ${pseudonymLetters(n++)}`;
      pseudonyms.set(whole, replacement);
      patterns.push({ keys, replacement });
    }
  };
  add(names.companies, 'Company');
  add(names.interviewers, 'Interviewer');
  // Single significant words of each name, after every whole name (a whole name wins over its part).
  const singles = new Map<string, string>();
  for (const p of patterns) {
    for (const key of p.keys) {
      // One letter alone ("O" of "O'Brien", an initial) identifies no one and is everywhere in text.
      if (key.length > 1 && !nonIdentifying.has(key) && !singles.has(key) && !pseudonyms.has(key)) singles.set(key, p.replacement);
    }
  }
  for (const [key, replacement] of singles) patterns.push({ keys: [key], replacement });
  // Longest first, so "Acme Ltd" is replaced whole before "Acme" alone is tried.
  patterns.sort((a, b) => b.keys.length - a.keys.length);

  function redact(text: string): string {
    if (patterns.length === 0 || text === '') return text;
    const words = wordsOf(text);
    let out = '';
    let copied = 0;
    let previous: string | null = null;
    for (let i = 0; i < words.length;) {
      const match = patterns.find((p) => p.keys.every((key, k) => words[i + k]?.key === key));
      if (!match) {
        previous = null;
        i++;
        continue;
      }
      const first = words[i]!;
      const last = words[i + match.keys.length - 1]!;
      const between = text.slice(copied, first.start);
      // "Sam Lee" of "Dr Sam Lee" matches word by word: one pseudonym, not "Interviewer A Interviewer A".
      if (match.replacement !== previous || !/^[\s-]*$/u.test(between)) out += between + match.replacement;
      previous = match.replacement;
      copied = last.end;
      i += match.keys.length;
    }
    return out + text.slice(copied);
  }

  return { redact, pseudonyms };
}
