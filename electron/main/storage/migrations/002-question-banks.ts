import type { Migration } from './types';

// Reserved for question banks (issue 3); filled in by that feature's work.
export const migration002: Migration = {
  version: 2,
  name: 'question-banks',
  up: () => {},
};
