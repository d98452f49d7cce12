import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { actionTitleFrom, maxActionTitle } from '../../../shared/domain/reflection/action-items';
import { gapWords, groupSameGaps, sameGap } from '../../../shared/domain/reflection/gap-match';
import { nameProblem } from '../../../shared/domain/text-rules';

vi.setConfig({ testTimeout: 60_000 });

describe('the same gap, worded differently', () => {
  test.each([
    ['Experience with SQL', 'SQL experience'],
    ['3+ years of Python experience', 'Python experience (3 years)'],
    ['Stakeholder management', 'managing stakeholders'],
    ['Project-management', 'project management.'],
    ['Café ordering', 'Cafe\u0301 ordering'],
    ['Kubernetes', 'Kubernets'],
    ['  “Power BI certification.” ', 'power bi certifications'],
  ])('“%s” = “%s”', (a, b) => {
    expect(sameGap(a, b)).toBe(true);
  });

  test.each([
    ['SQL', 'SQL Server'],
    ['Advanced Excel', 'Excel'],
    ['Java', 'JavaScript'],
    ['CPA', 'CFA'],
    ['', ''],
  ])('“%s” ≠ “%s”', (a, b) => {
    expect(sameGap(a, b)).toBe(false);
  });

  test('words are folded, stemmed and stripped of filler', () => {
    expect(gapWords('Proven experience of Managing Stakeholders')).toEqual(['experi', 'manag', 'stakehold']);
    expect(gapWords('面试 準備')).toEqual(['準備', '面试']);
  });

  test('groups keep the first wording and the order of first appearance', () => {
    const groups = groupSameGaps(['SQL experience', 'Public speaking', 'experience with SQL', 'SQL Server', 'public-speaking'], (t) => t);
    expect(groups).toEqual([['SQL experience', 'experience with SQL'], ['Public speaking', 'public-speaking'], ['SQL Server']]);
  });

  test('property: a text is the same gap as itself, in any case and word order', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z]{2,10}$/), { minLength: 1, maxLength: 6 }), (words) => {
        const text = words.join(' ');
        if (gapWords(text).length === 0) return;
        expect(sameGap(text, text)).toBe(true);
        expect(sameGap(text, [...words].reverse().join(' ').toUpperCase())).toBe(true);
      }),
    );
  });
});

describe('action titles from longer text', () => {
  test('fit as written; too long is cut at a word, with an ellipsis, within the limit', () => {
    expect(actionTitleFrom('  SQL  ')).toBe('SQL');
    const long = `${'stakeholder '.repeat(40)}end`;
    const title = actionTitleFrom(long);
    expect(title.length).toBeLessThanOrEqual(maxActionTitle);
    expect(title).toMatch(/stakeholder…$/);
  });

  test('property: never longer than the limit, never a cut character or emoji sequence', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 500 }), (text) => {
        const title = actionTitleFrom(`x${text}`);
        expect(title.length).toBeLessThanOrEqual(maxActionTitle);
        expect(title).not.toMatch(/\p{Cs}/u);
        if (`x${text}`.trim().length <= maxActionTitle) expect(title).toBe(`x${text}`.trim());
        else expect(title.endsWith('…')).toBe(true);
      }),
    );
    const emoji = '👩‍💻'.repeat(200);
    const cut = actionTitleFrom(emoji);
    expect(cut.replace('…', '').replaceAll('👩‍💻', '')).toBe('');
    expect(nameProblem(cut, 'The action')).toBeNull();
  });
});
