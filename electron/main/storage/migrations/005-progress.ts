import type { Migration } from './types';

// Reserved for review schedule, rollups and backups (issue 6); filled in by that feature's work.
export const migration005: Migration = {
  version: 5,
  name: 'progress',
  up: () => {},
};
