import type { Difficulty } from './questions';
import { foldKey } from './text-rules';

/** Categories and tags in use by active questions, for the search filters and the editor's suggestions. */
export interface QuestionFacets {
  categories: string[];
  tags: string[];
}

/** Marks around matched words in `SearchHit.snippet`; control characters, so they never occur in typed text. */
/** The longest search query, in characters (the `questions.search` channel's limit). */
export const searchQueryMax = 500;

export const highlightStart = '\u0002';
export const highlightEnd = '\u0003';

export interface SearchHit {
  id: number;
  bankId: number;
  bankName: string;
  text: string;
  category: string;
  tags: string[];
  difficulty: Difficulty;
  star: boolean;
  /** Where the match is when it is not in the question text (guidance, notes or tags), with highlight marks; else null. */
  snippet: string | null;
  /** The column the best match is in. */
  matchedIn: 'text' | 'tags' | 'guidance' | 'notes' | null;
}

const maxTerms = 12;
const wordPattern = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of a query as typed, at most 12. */
export function queryWords(input: string): string[] {
  return (input.normalize('NFKC').match(wordPattern) ?? []).slice(0, maxTerms);
}

/**
 * Turns what the user typed into a safe FTS5 query: each word becomes a quoted
 * prefix term (`"lead"*`), all of which must match. FTS operators, quotes and
 * punctuation in the input are never passed through, so no input can be a
 * syntax error. Returns null when nothing searchable was typed.
 */
export function toFtsQuery(input: string): string | null {
  const words = queryWords(input);
  return words.length === 0 ? null : words.map((word) => `"${word}"*`).join(' ');
}

/** Case- and accent-insensitive form, like the index's `unicode61 remove_diacritics 2` tokenizer: the text rules' fold, accents removed. */
export function foldForSearch(text: string): string {
  return foldKey(text).normalize('NFD').replace(/\p{M}/gu, '');
}

/** The query's words folded for matching: what `highlightText` and `snippetOf` take. */
export function searchTerms(query: string): string[] {
  return queryWords(query).map(foldForSearch);
}

interface Token {
  start: number;
  end: number;
  match: boolean;
}

/** Words of plain ASCII letters and digits fold by lower-casing alone, which is much cheaper. */
const ascii = /^[ -~]*$/;

function tokens(text: string, terms: readonly string[]): Token[] {
  return [...text.matchAll(wordPattern)].map((m) => {
    const folded = ascii.test(m[0]) ? m[0].toLowerCase() : foldForSearch(m[0]);
    return { start: m.index, end: m.index + m[0].length, match: terms.some((t) => folded.startsWith(t)) };
  });
}

/** A cheap first check: no term anywhere in the folded text means no word can start with one. */
function mayMatch(text: string, terms: readonly string[]): boolean {
  if (terms.length === 0 || !text) return false;
  const folded = foldForSearch(text);
  return terms.some((t) => folded.includes(t));
}

function mark(text: string, list: readonly Token[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const token of list) {
    if (token.end <= from || token.start >= to) continue;
    if (!token.match) continue;
    out += text.slice(at, token.start) + highlightStart + text.slice(token.start, token.end) + highlightEnd;
    at = token.end;
  }
  return out + text.slice(at, to);
}

/** `text` with every word that starts with a search term marked (as the search matched it), or null when none does. */
export function highlightText(text: string, terms: readonly string[]): string | null {
  if (!mayMatch(text, terms)) return null;
  const list = tokens(text, terms);
  return list.some((t) => t.match) ? mark(text, list, 0, text.length) : null;
}

/** A short window of `text` around its first match, marked, with … where it was cut; null when nothing matches. */
export function snippetOf(text: string, terms: readonly string[], words = 16): string | null {
  if (!mayMatch(text, terms)) return null;
  const list = tokens(text, terms);
  const first = list.findIndex((t) => t.match);
  if (first < 0) return null;
  const startToken = Math.max(0, first - Math.floor(words / 3));
  const endToken = Math.min(list.length, startToken + words);
  const from = startToken === 0 ? 0 : list[startToken]!.start;
  const to = endToken === list.length ? text.length : list[endToken - 1]!.end;
  const body = mark(text, list, from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/** Splits a snippet into plain and highlighted parts, for rendering without HTML. */
export function splitHighlights(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  const pattern = new RegExp(`${highlightStart}([^${highlightEnd}]*)${highlightEnd}`, 'g');
  let last = 0;
  for (const m of snippet.matchAll(pattern)) {
    if (m.index > last) parts.push({ text: snippet.slice(last, m.index), match: false });
    parts.push({ text: m[1] ?? '', match: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), match: false });
  return parts;
}
