import BetterSqlite3, { type Database } from 'better-sqlite3';
import { createSchemaAtVersion, latestVersion } from '../../../electron/main/storage/migrate';

/**
 * What a user of each schema version could have stored, as SQL valid at that
 * version (and every later one). Block N runs on a database at version N or
 * later; its rows are the "inputs" the migration tests compare:
 *
 *   seedAtVersion(file, N)         migrations 1…N, then blocks 1…N   (an old user's file)
 *   seedFreshWithInputs(file, N)   migrations 1…latest, then blocks 1…N (the same inputs today)
 *
 * After migrating the first to the latest version, both must hold the same
 * values in every table (test/unit/storage/migrations.test.ts), except what a
 * migration computes and a plain insert does not (`derivedByMigration`).
 *
 * When you add migration N: add block N (rows using what migration N added),
 * and list in `derivedByMigration` anything your migration backfills that an
 * insert at the latest version would not produce by itself.
 */
export interface SeedBlock {
  version: number;
  /** Inserts the rows; returns how many rows it added per table. */
  apply(db: Database): Record<string, number>;
}

// Answers fall on several days and weeks, two of them near midnight UTC so that the
// user's local day (the tests run in a zone west of UTC) differs from the UTC date.
const day = (d: number, time = '10:00:00') => `2026-01-${String(d).padStart(2, '0')}T${time}.000Z`;

export const seedBlocks: SeedBlock[] = [
  {
    version: 1,
    apply(db) {
      const now = day(5);
      db.prepare("INSERT INTO banks (id, name, created_at, updated_at) VALUES (1, 'Mine', @now, @now)").run({ now });
      const question = db.prepare(
        'INSERT INTO questions (id, bank_id, text, category, created_at, updated_at) VALUES (@id, 1, @text, @category, @now, @now)',
      );
      question.run({ id: 1, text: 'Why us?', category: 'motivation', now });
      question.run({ id: 3, text: 'A conflict you resolved?', category: 'competency', now });
      db.prepare("INSERT INTO practice_sessions (id, setup, started_at) VALUES (1, '{}', @now)").run({ now });
      db.prepare("INSERT INTO practice_sessions (id, setup, status, started_at, ended_at) VALUES (2, '{}', 'completed', @a, @b)").run({
        a: day(12),
        b: day(12, '10:30:00'),
      });
      const slot = db.prepare('INSERT INTO session_questions (session_id, position, question_id) VALUES (?, ?, ?)');
      for (const [s, p, q] of [
        [1, 0, 1],
        [1, 1, 3],
        [1, 2, 1],
        [2, 0, 3],
        [2, 1, 1],
      ]) {
        slot.run(s, p, q);
      }
      const answer = db.prepare(
        `INSERT INTO answers (id, session_id, question_id, position, skipped, confidence, time_used_ms, time_limit_ms, self_check, answered_at)
         VALUES (@id, @s, @q, @p, @skipped, @confidence, @used, @limit, @check, @at)`,
      );
      const rows = [
        { id: 1, s: 1, q: 1, p: 0, skipped: 0, confidence: 3, used: 90_000, limit: 120_000, check: '{}', at: day(5) },
        {
          id: 2,
          s: 1,
          q: 3,
          p: 1,
          skipped: 0,
          confidence: 5,
          used: 150_000,
          limit: 120_000,
          check: '{"pace":false}',
          at: day(6, '02:30:00'),
        },
        { id: 3, s: 1, q: 1, p: 2, skipped: 1, confidence: null, used: 4_000, limit: 120_000, check: '{}', at: day(6, '03:00:00') },
        { id: 4, s: 2, q: 3, p: 0, skipped: 0, confidence: 2, used: 60_000, limit: null, check: '{"pace":true}', at: day(12) },
        { id: 5, s: 2, q: 1, p: 1, skipped: 0, confidence: 4, used: 100_000, limit: 90_000, check: '{}', at: day(12, '10:05:00') },
      ];
      for (const row of rows) answer.run(row);
      return { banks: 1, questions: 2, practice_sessions: 2, session_questions: 5, answers: 5 };
    },
  },
  {
    version: 2,
    apply(db) {
      const now = day(7);
      db.prepare("INSERT INTO starter_seen (key) VALUES ('bank:common-openers'), ('common-openers/why-us')").run();
      db.prepare(
        "INSERT INTO questions (id, bank_id, text, tags, notes_free, created_at, updated_at) VALUES (2, 1, 'Why now?', '[\"timing\"]', 'Because', @now, @now)",
      ).run({ now });
      return { starter_seen: 2, questions: 1 };
    },
  },
  {
    version: 3,
    apply(db) {
      const now = day(13);
      db.prepare('UPDATE answers SET review_confidence = 4, reviewed_at = @now WHERE id = 1').run({ now });
      db.prepare('UPDATE answers SET review_confidence = 1, reviewed_at = @now WHERE id = 5').run({ now });
      db.prepare(
        `INSERT INTO recordings (session_id, position, file_name, mime_type, byte_size, duration_ms, created_at) VALUES (1, 0, 'rec-s1-p0-${'a'.repeat(32)}.webm', 'audio/webm;codecs=opus', 4096, 90000, @now)`,
      ).run({ now });
      return { recordings: 1 };
    },
  },
  {
    version: 4,
    apply(db) {
      const now = day(14);
      db.prepare(
        "INSERT INTO interviews (id, company, role, held_at, stage, format, outcome, created_at, updated_at) VALUES (1, 'Acme', 'Analyst', @now, 'first', 'video', 'rejected', @now, @now)",
      ).run({ now });
      db.prepare(
        `INSERT INTO reflections (id, interview_id, current_step, improve, created_at, updated_at) VALUES (1, 1, 4, '{"researchRating":2}', @now, @now)`,
      ).run({ now });
      db.prepare("INSERT INTO reflections (id, session_id, went_well, created_at, updated_at) VALUES (2, 1, 'Pace', @now, @now)").run({
        now,
      });
      db.prepare("INSERT INTO reflection_questions (reflection_id, item_key, question_id, added_at) VALUES (1, 'k1', 1, @now)").run({
        now,
      });
      db.prepare(
        "INSERT INTO action_items (reflection_id, source_key, kind, title, created_at, updated_at) VALUES (1, 'requirement:k2', 'skill', 'Learn SQL', @now, @now)",
      ).run({ now });
      return { interviews: 1, reflections: 2, reflection_questions: 1, action_items: 1 };
    },
  },
  {
    version: 5,
    apply(db) {
      // A deadline set at version 5 (a company's next round) on a question never answered.
      db.prepare(
        `INSERT INTO review_state (question_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, last_answer_id, deadline)
         VALUES (2, @due, 0, 0, 0, 0, 0, 0, 0, 0, NULL, NULL, '2026-02-01T09:00:00.000Z')`,
      ).run({ due: day(20) });
      const now = day(15);
      db.prepare(
        `INSERT INTO answers (id, session_id, question_id, position, confidence, time_used_ms, answered_at, local_day) VALUES (6, 2, 3, 2, 4, 80000, @now, '2026-01-15')`,
      ).run({ now });
      db.prepare('INSERT INTO session_questions (session_id, position, question_id) VALUES (2, 2, 3)').run();
      return { review_state: 1, answers: 1, session_questions: 1 };
    },
  },
  {
    version: 6,
    apply(db) {
      // Text stored as NFC since version 6: a bank whose name differs from another only by case folding rules.
      const now = day(16);
      db.prepare("INSERT INTO banks (id, name, description, created_at, updated_at) VALUES (2, 'Straße', 'Crème', @now, @now)").run({
        now,
      });
      db.prepare(
        "INSERT INTO questions (id, bank_id, text, tags, created_at, updated_at) VALUES (4, 2, 'Pourquoi nous ?', '[\"résumé\"]', @now, @now)",
      ).run({ now });
      return { banks: 1, questions: 1 };
    },
  },
  {
    version: 7,
    apply(db) {
      // An answer the hard time limit ended: used time equals the limit, and it is cut off.
      db.prepare('INSERT INTO session_questions (session_id, position, question_id) VALUES (2, 3, 1)').run();
      db.prepare(
        `INSERT INTO answers (id, session_id, question_id, position, confidence, time_used_ms, time_limit_ms, cut_off_at_limit, answered_at, local_day)
         VALUES (7, 2, 1, 3, 2, 120000, 120000, 1, @now, '2026-01-16')`,
      ).run({ now: day(16) });
      return { answers: 1, session_questions: 1 };
    },
  },
  {
    version: 8,
    apply(db) {
      // Rows edited since version 8 carry a row version: notes saved twice, a reflection step saved once.
      db.prepare("UPDATE questions SET notes_situation = 'Saved twice', version = 2, updated_at = @now WHERE id = 1").run({
        now: day(17),
      });
      db.prepare('UPDATE reflections SET role_fit = \'{"fitRating":4}\', version = 1, updated_at = @now WHERE id = 1').run({
        now: day(17),
      });
      return {};
    },
  },
  {
    version: 9,
    apply(db) {
      // The facts of the recorded answer of block 3: a 90 s answer with one long pause.
      const spans = JSON.stringify({
        speechSpans: [
          { startMs: 1200, endMs: 40000 },
          { startMs: 44000, endMs: 85000 },
        ],
        pauses: [{ startMs: 40000, endMs: 44000 }],
        quietSpans: [],
      });
      db.prepare(
        `INSERT INTO delivery_facts (recording_id, analysis_version, analysed_at, duration_ms, first_speech_ms, speech_ms, pause_count,
           longest_pause_ms, end_silence_ms, quiet_ms, syllables_per_minute_estimate, spans)
         VALUES (1, 1, @now, 90000, 1200, 79800, 1, 4000, 5000, 0, 240, @spans)`,
      ).run({ now: day(17), spans });
      return { delivery_facts: 1 };
    },
  },
  {
    version: 10,
    apply(db) {
      // A story with a built-in and an own competency, linked to two questions, told at a logged interview
      // and at a company typed by hand, and rehearsed in session 2.
      const now = day(17);
      db.prepare(
        "INSERT INTO stories (id, title, situation, task, action, result, created_at, updated_at) VALUES (1, 'Month-end rescue', 'Audit', 'Close', 'Rebuilt', 'On time', @now, @now)",
      ).run({ now });
      db.prepare("INSERT INTO story_competencies (story_id, competency) VALUES (1, 'Teamwork'), (1, 'Straße planning')").run();
      db.prepare('INSERT INTO question_stories (question_id, story_id, linked_at) VALUES (3, 1, @now), (1, 1, @now)').run({ now });
      db.prepare(
        "INSERT INTO story_uses (id, story_id, interview_id, company, used_on, created_at) VALUES (1, 1, 1, 'Acme', '2026-01-14', @now), (2, 1, NULL, 'Crème Ltd', NULL, @now)",
      ).run({ now });
      db.prepare('INSERT INTO story_rehearsals (story_id, session_id) VALUES (1, 2)').run();
      return { stories: 1, story_competencies: 2, question_stories: 2, story_uses: 2, story_rehearsals: 1 };
    },
  },
  {
    version: 11,
    apply(db) {
      // A preparation plan: one question picked by hand, one matched to the job description.
      const now = day(17);
      const plan = db.prepare(
        'INSERT INTO interview_plan_questions (interview_id, question_id, source, added_at) VALUES (1, @questionId, @source, @now)',
      );
      plan.run({ questionId: 1, source: 'picked', now });
      plan.run({ questionId: 3, source: 'job_description', now });
      return { interview_plan_questions: 2 };
    },
  },
  {
    version: 12,
    apply(db) {
      // A bank of questions to ask, two picked in order for interview 1; a review session (not the user's
      // own set-up); an answer rated again after reading the guidance.
      const now = day(17);
      db.prepare("INSERT INTO banks (id, name, purpose, created_at, updated_at) VALUES (3, 'To ask', 'ask', @now, @now)").run({ now });
      const question = db.prepare('INSERT INTO questions (id, bank_id, text, created_at, updated_at) VALUES (@id, 3, @text, @now, @now)');
      question.run({ id: 5, text: 'What does a typical week look like?', now });
      question.run({ id: 6, text: 'How is success measured?', now });
      db.prepare('INSERT INTO interview_asks (interview_id, question_id, position) VALUES (1, 6, 0), (1, 5, 1)').run();
      db.prepare(`INSERT INTO practice_sessions (id, setup, status, started_at, origin) VALUES (3, '{}', 'completed', @now, 'review')`).run(
        { now },
      );
      db.prepare('UPDATE answers SET guided_confidence = 2, guided_at = @now WHERE id = 4').run({ now });
      return { banks: 1, questions: 2, interview_asks: 2, practice_sessions: 1 };
    },
  },
  {
    version: 13,
    apply(db) {
      // Migration 8 counts the after-replay rating, a done self-check and per-session ratings:
      // an answer rated again after replay, with a self-check item ticked, in a second session the same day.
      db.prepare(`INSERT INTO practice_sessions (id, setup, status, started_at, ended_at) VALUES (8, '{}', 'completed', @now, @now)`).run({
        now: day(16, '18:00:00'),
      });
      db.prepare('INSERT INTO session_questions (session_id, position, question_id) VALUES (8, 0, 3)').run();
      db.prepare(
        `INSERT INTO answers (id, session_id, question_id, position, confidence, review_confidence, reviewed_at, time_used_ms, time_limit_ms, self_check, answered_at, local_day)
         VALUES (8, 8, 3, 0, 2, 4, @now, 30000, 120000, '{"pace":true,"posture":false}', @now, '2026-01-16')`,
      ).run({ now: day(16, '18:05:00') });
      return { practice_sessions: 1, session_questions: 1, answers: 1 };
    },
  },
  {
    version: 14,
    apply(db) {
      // Ids are never reused since version 8: the newest action item is deleted, and the next one
      // (inserted without an id) gets a new id, not the deleted one's.
      const now = day(17);
      const item = db.prepare(
        "INSERT INTO action_items (reflection_id, kind, title, created_at, updated_at) VALUES (1, 'skill', @title, @now, @now) RETURNING id",
      );
      const { id } = item.get({ title: 'Practise STAR', now }) as { id: number };
      db.prepare('DELETE FROM action_items WHERE id = ?').run(id);
      const next = item.get({ title: 'Mock with a friend', now }) as { id: number };
      if (next.id <= id) throw new Error(`seed block 8: id ${id} was handed out again`);
      return { action_items: 1 };
    },
  },
  {
    version: 15,
    apply(db) {
      // Readiness reads answers through an index with a computed self-check column: an answer with a
      // done self-check (two items left unticked), one cut off at the limit, and one skipped.
      const now = day(18);
      db.prepare(`INSERT INTO practice_sessions (id, setup, status, started_at, ended_at) VALUES (9, '{}', 'completed', @now, @now)`).run({
        now,
      });
      db.prepare('INSERT INTO session_questions (session_id, position, question_id) VALUES (9, 0, 1), (9, 1, 2), (9, 2, 3)').run();
      db.prepare(
        `INSERT INTO answers (id, session_id, question_id, position, skipped, confidence, time_used_ms, time_limit_ms, cut_off_at_limit, self_check, answered_at, local_day)
         VALUES (9, 9, 1, 0, 0, 4, 60000, 120000, 0, '{"eyeContact":true,"posture":false,"pace":true,"fillerWords":false,"structure":true,"answeredQuestion":true}', @now, '2026-01-18'),
                (10, 9, 2, 1, 0, 3, 120000, 120000, 1, '{}', @now, '2026-01-18'),
                (11, 9, 3, 2, 1, NULL, 0, 120000, 0, '{}', @now, '2026-01-18')`,
      ).run({ now });
      return { practice_sessions: 1, session_questions: 3, answers: 3 };
    },
  },
  {
    version: 16,
    apply(db) {
      // The readiness rollup sums each plan question's answers since its interview was logged: a second
      // interview logged on day 19 plans questions 1 and 2; question 2 is answered on day 20 (cut off at the
      // limit, a done self-check with items left unticked), and an older answer to question 1 is changed.
      const logged = day(19);
      db.prepare(
        "INSERT INTO interviews (id, company, role, held_at, stage, format, created_at, updated_at) VALUES (2, 'Harbour Lane', 'Audit Senior', @held, 'second', 'in_person', @logged, @logged)",
      ).run({ held: day(26), logged });
      db.prepare(
        "INSERT INTO interview_plan_questions (interview_id, question_id, source, added_at) VALUES (2, 1, 'picked', @logged), (2, 2, 'struggled', @logged)",
      ).run({ logged });
      const now = day(20);
      db.prepare(`INSERT INTO practice_sessions (id, setup, status, started_at, ended_at) VALUES (10, '{}', 'completed', @now, @now)`).run({
        now,
      });
      db.prepare('INSERT INTO session_questions (session_id, position, question_id) VALUES (10, 0, 2)').run();
      db.prepare(
        `INSERT INTO answers (id, session_id, question_id, position, skipped, confidence, time_used_ms, time_limit_ms, cut_off_at_limit, self_check, answered_at, local_day)
         VALUES (12, 10, 2, 0, 0, 2, 120000, 120000, 1, '{"eyeContact":true,"posture":false,"pace":false}', @now, '2026-01-20')`,
      ).run({ now });
      db.prepare(`UPDATE answers SET time_used_ms = 125000, self_check = '{"eyeContact":false,"structure":true}' WHERE id = 9`).run();
      // The user dismissed interview 1's thank-you reminder.
      db.prepare(
        "INSERT INTO reminder_dismissals (interview_id, kind, held_at, dismissed_at) VALUES (1, 'thank_you', @held, @now)",
      ).run({ held: day(14), now });
      return { interviews: 1, interview_plan_questions: 2, practice_sessions: 1, session_questions: 1, answers: 1, reminder_dismissals: 1 };
    },
  },
];

if (seedBlocks.length !== latestVersion || seedBlocks.some((b, i) => b.version !== i + 1)) {
  throw new Error(`seed-at-version.ts needs one block per migration (1…${latestVersion}), in order`);
}

/**
 * Values a migration computes that an insert at the latest version does not:
 * compared with the explicit expected snapshot only, not with the fresh build.
 * Migration 005 replays every question's ratings into `review_state`; a plain
 * insert of an answer today leaves the schedule to the service that saves it.
 */
export const derivedByMigration: Record<string, string> = {
  review_state: 'migration 005 replays the ratings already stored into schedules',
};

function applyBlocks(db: Database, version: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const block of seedBlocks.slice(0, version)) {
    for (const [table, n] of Object.entries(block.apply(db))) counts[table] = (counts[table] ?? 0) + n;
  }
  return counts;
}

/**
 * Builds a database at `version` by applying the migrations up to it, and
 * fills it with rows a user of that version could have. Returns the row
 * count each table must still have after migrating to the latest version.
 */
export function seedAtVersion(file: string, version: number): Record<string, number> {
  const db = new BetterSqlite3(file);
  try {
    db.pragma('foreign_keys = ON');
    createSchemaAtVersion(db, version);
    return applyBlocks(db, version);
  } finally {
    db.close();
  }
}

/** A database built at the latest version, with the inputs of blocks 1…`version`: what migrating must equal. */
export function seedFreshWithInputs(file: string, version: number): void {
  const db = new BetterSqlite3(file);
  try {
    db.pragma('foreign_keys = ON');
    createSchemaAtVersion(db, latestVersion);
    applyBlocks(db, version);
  } finally {
    db.close();
  }
}
