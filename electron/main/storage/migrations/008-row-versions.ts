import type { Migration } from './types';

/**
 * Row versions (issue 16, item 2): every record the user edits as they type
 * carries a `version` that each write raises by one and each autosave names
 * as the version it was based on. Two windows editing one record then see
 * each other: a write based on an older version is merged when it changed
 * other fields, and refused as a conflict when it changed the same field.
 *
 * Questions (the STAR and free notes), reflections (interview steps and the
 * session reflection) and interviews. Rows stored
 * before this version start at 0: nothing is known about their history, and
 * the first save of each raises it to 1.
 */
export const migration008: Migration = {
  version: 8,
  name: 'row-versions',
  up: (db) => {
    db.exec(`
      ALTER TABLE questions ADD COLUMN version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0);
      ALTER TABLE reflections ADD COLUMN version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0);
      ALTER TABLE interviews ADD COLUMN version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0);
    `);
  },
};
