import type { Migration } from './types';

// Reserved for interviews, reflections and action items (issue 5); filled in by that feature's work.
export const migration004: Migration = {
  version: 4,
  name: 'reflection',
  up: () => {},
};
