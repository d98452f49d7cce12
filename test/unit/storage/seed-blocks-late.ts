import { day, type SeedBlock } from './seed-block';

/** Seed blocks for schema versions 8 onwards (see seed-at-version.ts). A new migration's block goes at the end. */
export const lateSeedBlocks: SeedBlock[] = [
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
      db.prepare("INSERT INTO reminder_dismissals (interview_id, kind, held_at, dismissed_at) VALUES (1, 'thank_you', @held, @now)").run({
        held: day(14),
        now,
      });
      return { interviews: 1, interview_plan_questions: 2, practice_sessions: 1, session_questions: 1, answers: 1, reminder_dismissals: 1 };
    },
  },
  {
    version: 17,
    apply(db) {
      // Only what the user said: an interview logged with a day but no time, stage or format, whose thank-you
      // reminder was dismissed (the occasion is its day); and the half-typed first-run interview (only a company).
      const now = day(21);
      db.prepare(
        "INSERT INTO interviews (id, company, role, held_on, held_at, stage, format, created_at, updated_at) VALUES (3, 'Acme Corp', 'Trainee', '2026-01-28', NULL, NULL, NULL, @now, @now)",
      ).run({ now });
      db.prepare(
        "INSERT INTO reminder_dismissals (interview_id, kind, held_at, dismissed_at) VALUES (3, 'outcome', '2026-01-28', @now)",
      ).run({ now });
      db.prepare("INSERT INTO interview_drafts (slot, company, updated_at) VALUES ('home', 'Crème Ltd', @now)").run({ now });
      return { interviews: 1, reminder_dismissals: 1, interview_drafts: 1 };
    },
  },
  {
    version: 18,
    apply(db) {
      // The half-typed interview keeps a role typed past the log's 120 characters (refused before version 18).
      db.prepare("UPDATE interview_drafts SET role = @role, updated_at = @now WHERE slot = 'home'").run({
        role: 'Graduate Auditor '.repeat(30).trim(),
        now: day(22),
      });
      return {};
    },
  },
];
