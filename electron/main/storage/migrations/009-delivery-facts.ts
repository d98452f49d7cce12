import type { Migration } from './types';

/**
 * Delivery facts measured from each recorded answer's audio (issue 15): one
 * row per recording, removed with it. The scalar facts are columns (for the
 * answers CSV and the Progress trend); the spans the timeline draws are JSON.
 * `analysis_version` names the method that produced the row, so a newer
 * method can find and redo older rows. Recordings made before this version
 * have no row until the user analyses them ("Analyse older recordings").
 */
export const migration009: Migration = {
  version: 9,
  name: 'delivery-facts',
  up: (db) => {
    db.exec(`
      CREATE TABLE delivery_facts (
        recording_id INTEGER PRIMARY KEY REFERENCES recordings (id) ON DELETE CASCADE,
        analysis_version INTEGER NOT NULL CHECK (analysis_version >= 1),
        analysed_at TEXT NOT NULL,
        duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),
        first_speech_ms INTEGER CHECK (first_speech_ms IS NULL OR first_speech_ms BETWEEN 0 AND duration_ms),
        speech_ms INTEGER NOT NULL CHECK (speech_ms BETWEEN 0 AND duration_ms),
        pause_count INTEGER NOT NULL CHECK (pause_count >= 0),
        longest_pause_ms INTEGER NOT NULL CHECK (longest_pause_ms BETWEEN 0 AND duration_ms),
        end_silence_ms INTEGER NOT NULL CHECK (end_silence_ms BETWEEN 0 AND duration_ms),
        quiet_ms INTEGER NOT NULL CHECK (quiet_ms BETWEEN 0 AND duration_ms),
        syllables_per_minute_estimate REAL CHECK (syllables_per_minute_estimate IS NULL OR syllables_per_minute_estimate >= 0),
        spans TEXT NOT NULL CHECK (json_valid(spans) AND length(spans) <= 2000000)
      );
    `);
  },
};
