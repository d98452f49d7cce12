import type { Migration } from './types';

/** 32 lower-case hex digits as a GLOB: the upload id every recording's file name ends with. */
const hex32 = '[0-9a-f]'.repeat(32);

/**
 * Practice sessions (issue 4): a second, after-replay confidence beside the
 * blind one, and recordings. A recording is a file in `recordings/`; its row
 * is inserted only after the file is complete and durable, so a row always
 * names a whole file. It belongs to a session's position rather than to an
 * answer row because it is saved before the answer is rated. The file name
 * CHECK admits only names this app makes (`rec-s<session>-p<position>-<id>.webm`),
 * so no row, however it got in (an import, a hand edit), can name a path.
 */
export const migration003: Migration = {
  version: 3,
  name: 'practice-sessions',
  up: (db) => {
    db.exec(`
      ALTER TABLE answers ADD COLUMN review_confidence INTEGER
        CHECK (review_confidence IS NULL OR review_confidence BETWEEN 1 AND 5);
      ALTER TABLE answers ADD COLUMN reviewed_at TEXT;

      CREATE TABLE recordings (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES practice_sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        file_name TEXT NOT NULL UNIQUE CHECK (
          length(file_name) <= 80 AND file_name NOT GLOB '*[^a-z0-9.-]*'
          AND file_name GLOB 'rec-s[0-9]*-p[0-9]*-${hex32}.webm'),
        mime_type TEXT NOT NULL CHECK (mime_type LIKE 'audio/webm%' OR mime_type LIKE 'video/webm%'),
        byte_size INTEGER NOT NULL CHECK (byte_size > 0),
        duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),
        created_at TEXT NOT NULL,
        UNIQUE (session_id, position)
      );

      CREATE INDEX practice_sessions_started ON practice_sessions (started_at);
    `);
  },
};
