import { expect, test } from 'vitest';
import type { SessionSetup } from '../../../shared/domain/sessions';
import { categoriesFromQuery, withCategories } from '../../../renderer/src/features/practice/home/preset-categories';
import { practiceLink } from '../../../shared/domain/reflection/mock-confidence';
import { setupFor } from '../../helpers/session-setup';

const setup: SessionSetup = setupFor([1], { tags: ['x'] });

test('reads the categories a reflection link asks for, commas inside names included', () => {
  const link = practiceLink(['Teamwork', 'Audit, tax and practice', 'Ünïcode']);
  const query = link.split('?')[1]!;
  expect(categoriesFromQuery(query)).toEqual(['Teamwork', 'Audit, tax and practice', 'Ünïcode']);
  expect(categoriesFromQuery('')).toEqual([]);
  expect(categoriesFromQuery('categories=%E0%A4%A,Good')).toEqual(['Good']);
});

test('narrows the set-up to those categories across every bank', () => {
  expect(withCategories(setup, ['Teamwork'], [1, 2])).toMatchObject({ bankIds: [1, 2], categories: ['Teamwork'], tags: [] });
  expect(withCategories(setup, [], [1, 2])).toBe(setup);
});
