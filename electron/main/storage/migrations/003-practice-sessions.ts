import type { Migration } from './types';

// Reserved for practice sessions and recordings (issue 4); filled in by that feature's work.
export const migration003: Migration = {
  version: 3,
  name: 'practice-sessions',
  up: () => {},
};
