import { describe, expect, test } from 'vitest';
import { articleFor, sessionOf } from '../../../renderer/src/features/readiness/format';
import { relativeDayPhrase } from '../../../shared/domain/dates/relative';

describe('readiness wording', () => {
  test('"an" before numbers said with a vowel sound, "a" otherwise', () => {
    const an = [8, 11, 18, 80, 83, 800, 850];
    const a = [1, 2, 3, 7, 9, 10, 12, 17, 19, 20, 28, 100, 110, 118, 180];
    expect(an.map(articleFor)).toEqual(an.map(() => 'an'));
    expect(a.map(articleFor)).toEqual(a.map(() => 'a'));
    expect(sessionOf(8)).toBe('an 8-question session');
    expect(sessionOf(7)).toBe('a 7-question session');
  });

  test('the countdown reads forwards and, once the day has passed, backwards', () => {
    expect([6, 1, 0, -1, -3].map(relativeDayPhrase)).toEqual(['in 6 days', 'tomorrow', 'today', 'yesterday', '3 days ago']);
  });
});
