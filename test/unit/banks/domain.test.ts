import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { highlightText, searchTerms, snippetOf, splitHighlights, toFtsQuery } from '../../../shared/domain/question-search';
import {
  countWords,
  duplicateKey,
  formatDuration,
  newQuestionSchema,
  normalizeTags,
  paceAdvice,
  parseTagList,
  speakingSeconds,
} from '../../../shared/domain/questions';

describe('question helpers', () => {
  test('counts words, including contractions, hyphenation and numbers, ignoring punctuation', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  — ... ')).toBe(0);
    expect(countWords("I didn't over-plan: we sold 110 cups.")).toBe(7);
    expect(countWords('Café straße 東京')).toBe(3);
  });

  test('speaking time at 130 words a minute, to the nearest 5 s, and advice against the suggested length', () => {
    expect(speakingSeconds(130)).toBe(60);
    expect(speakingSeconds(33)).toBe(15);
    expect(formatDuration(95)).toBe('1 min 35 s');
    expect(formatDuration(120)).toBe('2 min');
    expect(formatDuration(40)).toBe('40 s');
    expect(paceAdvice(0, 120)).toBe('empty');
    expect(paceAdvice(50, 120)).toBe('short');
    expect(paceAdvice(120, 120)).toBe('fits');
    expect(paceAdvice(140, 120)).toBe('long');
  });

  test('tags are trimmed, lower-cased and de-duplicated; lists split on commas and semicolons, which never stay inside a tag', () => {
    expect(normalizeTags([' Leadership ', 'leadership', 'Busy   season', ''])).toEqual(['leadership', 'busy season']);
    expect(parseTagList('a, B; c,,')).toEqual(['a', 'b', 'c']);
    expect(newQuestionSchema.parse({ bankId: 1, text: 'q', tags: ['Smith, Jones; Co'] }).tags).toEqual(['smith jones co']);
  });

  test('duplicates ignore case, spacing and trailing punctuation', () => {
    expect(duplicateKey('  Why  this ROLE? ')).toBe(duplicateKey('why this role'));
    expect(duplicateKey('Why this role?')).not.toBe(duplicateKey('Why this firm?'));
  });
});

describe('search helpers', () => {
  test('any input becomes a safe query of quoted prefix terms, or none', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (input) => {
        const query = toFtsQuery(input);
        if (query === null) return;
        expect(query).toMatch(/^"[^"\s]+"\*( "[^"\s]+"\*)*$/);
      }),
    );
  });

  test('marks words that start with a term, ignoring case and accents, like the index', () => {
    const terms = searchTerms('cafe LEAD');
    expect(highlightText('Leading a café team', terms)).toBe('\u0002Leading\u0003 a \u0002café\u0003 team');
    expect(highlightText('Nothing here', terms)).toBeNull();
    expect(splitHighlights('a \u0002b\u0003 c')).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
      { text: ' c', match: false },
    ]);
  });

  test('snippets show a window around the first match, with ellipses where cut', () => {
    const text = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    const snippet = snippetOf(text, searchTerms('w20'), 10)!;
    expect(snippet).toBe('…w17 w18 w19 \u0002w20\u0003 w21 w22 w23 w24 w25 w26…');
    expect(snippetOf('short text', searchTerms('short'))).toBe('\u0002short\u0003 text');
  });
});
