import { day, type SeedBlock } from './seed-block';

/** Seed blocks for schema versions 1–7 (see seed-at-version.ts). */
export const earlySeedBlocks: SeedBlock[] = [
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
];
