import type { Migration } from './types';

/*
 * The readiness rollup (issue 10: readiness facts for a 200-question plan at
 * 1,000,000 answers in one frame, p99 under 16 ms). Readiness counts, per plan
 * question, the answers since the interview was logged: timed, over the limit
 * (cut off, or at least a second past the limit), self-checks done (an item
 * ticked), and per item how many done self-checks left it unticked. Summed on
 * every read, that cost grew with the history; this keeps the sums per plan row,
 * updated by triggers in the same transaction as every write (plans, answers,
 * an interview's logged time), and fills it from the existing plans and answers.
 *
 * Named progress_* like the other rollups, so restore and import set its
 * triggers aside and "Check database" rebuilds and compares it. The live
 * definition is services/progress/plan-rollup.ts; this is a frozen copy of the
 * SQL it produced at this version: never edit it.
 *
 * And reminders the user dismissed (issue 10, item 7: "any reminder clears
 * when its email is marked sent or the user dismisses it"): the thank-you
 * reminder and the "How did it go?" outcome reminder, one row per interview and
 * kind. The interview's date is kept with it: a rescheduled interview is a new
 * occasion, and its reminders come back.
 */

const dismissals = `
  CREATE TABLE reminder_dismissals (
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('thank_you', 'outcome')),
    held_at TEXT NOT NULL,
    dismissed_at TEXT NOT NULL,
    PRIMARY KEY (interview_id, kind)
  ) WITHOUT ROWID;
`;

const schema = `
  CREATE TABLE progress_plan_question (
    interview_id INTEGER NOT NULL,
    question_id INTEGER NOT NULL,
    timed INTEGER NOT NULL DEFAULT 0,
    over_count INTEGER NOT NULL DEFAULT 0,
    checked INTEGER NOT NULL DEFAULT 0,
    missed_eye_contact INTEGER NOT NULL DEFAULT 0,
    missed_posture INTEGER NOT NULL DEFAULT 0,
    missed_pace INTEGER NOT NULL DEFAULT 0,
    missed_filler_words INTEGER NOT NULL DEFAULT 0,
    missed_structure INTEGER NOT NULL DEFAULT 0,
    missed_answered_question INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (interview_id, question_id),
    FOREIGN KEY (interview_id, question_id) REFERENCES interview_plan_questions (interview_id, question_id) ON DELETE CASCADE
  ) WITHOUT ROWID;
  CREATE INDEX progress_plan_question_question ON progress_plan_question (question_id);
`;

const triggers = `
  CREATE TRIGGER progress_plan_added AFTER INSERT ON interview_plan_questions BEGIN
    INSERT OR REPLACE INTO progress_plan_question (interview_id, question_id, timed, over_count, checked, missed_eye_contact, missed_posture, missed_pace, missed_filler_words, missed_structure, missed_answered_question)
      SELECT NEW.interview_id, NEW.question_id, * FROM (
  SELECT coalesce(sum(t), 0), coalesce(sum(o), 0), count(m), coalesce(sum((m >> 0) & 1), 0), coalesce(sum((m >> 1) & 1), 0), coalesce(sum((m >> 2) & 1), 0), coalesce(sum((m >> 3) & 1), 0), coalesce(sum((m >> 4) & 1), 0), coalesce(sum((m >> 5) & 1), 0)
  FROM (SELECT (a.skipped = 0 AND a.time_limit_ms IS NOT NULL) AS t, ((a.skipped = 0 AND a.time_limit_ms IS NOT NULL) AND (a.cut_off_at_limit = 1 OR a.time_used_ms - a.time_limit_ms >= 1000)) AS o, (CASE WHEN a.skipped = 0 AND instr(a.self_check, 'true') > 0 THEN ((a.self_check ->> '$.eyeContact') IS NOT 1) | (((a.self_check ->> '$.posture') IS NOT 1) << 1) | (((a.self_check ->> '$.pace') IS NOT 1) << 2) | (((a.self_check ->> '$.fillerWords') IS NOT 1) << 3) | (((a.self_check ->> '$.structure') IS NOT 1) << 4) | (((a.self_check ->> '$.answeredQuestion') IS NOT 1) << 5) END) AS m
        FROM answers a WHERE a.question_id = NEW.question_id AND a.answered_at >= (SELECT created_at FROM interviews WHERE id = NEW.interview_id)));
  END;
  CREATE TRIGGER progress_plan_logged AFTER UPDATE OF created_at ON interviews WHEN OLD.created_at IS NOT NEW.created_at BEGIN
    UPDATE progress_plan_question SET (timed, over_count, checked, missed_eye_contact, missed_posture, missed_pace, missed_filler_words, missed_structure, missed_answered_question) = (
  SELECT coalesce(sum(t), 0), coalesce(sum(o), 0), count(m), coalesce(sum((m >> 0) & 1), 0), coalesce(sum((m >> 1) & 1), 0), coalesce(sum((m >> 2) & 1), 0), coalesce(sum((m >> 3) & 1), 0), coalesce(sum((m >> 4) & 1), 0), coalesce(sum((m >> 5) & 1), 0)
  FROM (SELECT (a.skipped = 0 AND a.time_limit_ms IS NOT NULL) AS t, ((a.skipped = 0 AND a.time_limit_ms IS NOT NULL) AND (a.cut_off_at_limit = 1 OR a.time_used_ms - a.time_limit_ms >= 1000)) AS o, (CASE WHEN a.skipped = 0 AND instr(a.self_check, 'true') > 0 THEN ((a.self_check ->> '$.eyeContact') IS NOT 1) | (((a.self_check ->> '$.posture') IS NOT 1) << 1) | (((a.self_check ->> '$.pace') IS NOT 1) << 2) | (((a.self_check ->> '$.fillerWords') IS NOT 1) << 3) | (((a.self_check ->> '$.structure') IS NOT 1) << 4) | (((a.self_check ->> '$.answeredQuestion') IS NOT 1) << 5) END) AS m
        FROM answers a WHERE a.question_id = progress_plan_question.question_id AND a.answered_at >= NEW.created_at))
    WHERE interview_id = NEW.id;
  END;
  CREATE TRIGGER progress_plan_answer_insert AFTER INSERT ON answers BEGIN
    UPDATE progress_plan_question SET
      timed = timed + d.timed_, over_count = over_count + d.over_, checked = checked + (d.missed IS NOT NULL),
      missed_eye_contact = missed_eye_contact + coalesce((d.missed >> 0) & 1, 0), missed_posture = missed_posture + coalesce((d.missed >> 1) & 1, 0), missed_pace = missed_pace + coalesce((d.missed >> 2) & 1, 0), missed_filler_words = missed_filler_words + coalesce((d.missed >> 3) & 1, 0), missed_structure = missed_structure + coalesce((d.missed >> 4) & 1, 0), missed_answered_question = missed_answered_question + coalesce((d.missed >> 5) & 1, 0)
    FROM (SELECT (NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) AS timed_, ((NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) AND (NEW.cut_off_at_limit = 1 OR NEW.time_used_ms - NEW.time_limit_ms >= 1000)) AS over_, (CASE WHEN NEW.skipped = 0 AND instr(NEW.self_check, 'true') > 0 THEN ((NEW.self_check ->> '$.eyeContact') IS NOT 1) | (((NEW.self_check ->> '$.posture') IS NOT 1) << 1) | (((NEW.self_check ->> '$.pace') IS NOT 1) << 2) | (((NEW.self_check ->> '$.fillerWords') IS NOT 1) << 3) | (((NEW.self_check ->> '$.structure') IS NOT 1) << 4) | (((NEW.self_check ->> '$.answeredQuestion') IS NOT 1) << 5) END) AS missed) AS d
    WHERE question_id = NEW.question_id AND interview_id IN (SELECT id FROM interviews WHERE created_at <= NEW.answered_at);
  END;
  CREATE TRIGGER progress_plan_answer_delete AFTER DELETE ON answers BEGIN
    UPDATE progress_plan_question SET
      timed = timed - d.timed_, over_count = over_count - d.over_, checked = checked - (d.missed IS NOT NULL),
      missed_eye_contact = missed_eye_contact - coalesce((d.missed >> 0) & 1, 0), missed_posture = missed_posture - coalesce((d.missed >> 1) & 1, 0), missed_pace = missed_pace - coalesce((d.missed >> 2) & 1, 0), missed_filler_words = missed_filler_words - coalesce((d.missed >> 3) & 1, 0), missed_structure = missed_structure - coalesce((d.missed >> 4) & 1, 0), missed_answered_question = missed_answered_question - coalesce((d.missed >> 5) & 1, 0)
    FROM (SELECT (OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) AS timed_, ((OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) AND (OLD.cut_off_at_limit = 1 OR OLD.time_used_ms - OLD.time_limit_ms >= 1000)) AS over_, (CASE WHEN OLD.skipped = 0 AND instr(OLD.self_check, 'true') > 0 THEN ((OLD.self_check ->> '$.eyeContact') IS NOT 1) | (((OLD.self_check ->> '$.posture') IS NOT 1) << 1) | (((OLD.self_check ->> '$.pace') IS NOT 1) << 2) | (((OLD.self_check ->> '$.fillerWords') IS NOT 1) << 3) | (((OLD.self_check ->> '$.structure') IS NOT 1) << 4) | (((OLD.self_check ->> '$.answeredQuestion') IS NOT 1) << 5) END) AS missed) AS d
    WHERE question_id = OLD.question_id AND interview_id IN (SELECT id FROM interviews WHERE created_at <= OLD.answered_at);
  END;
  CREATE TRIGGER progress_plan_answer_update AFTER UPDATE OF question_id, skipped, time_used_ms, time_limit_ms, cut_off_at_limit, self_check, answered_at ON answers BEGIN
    UPDATE progress_plan_question SET
      timed = timed - d.timed_, over_count = over_count - d.over_, checked = checked - (d.missed IS NOT NULL),
      missed_eye_contact = missed_eye_contact - coalesce((d.missed >> 0) & 1, 0), missed_posture = missed_posture - coalesce((d.missed >> 1) & 1, 0), missed_pace = missed_pace - coalesce((d.missed >> 2) & 1, 0), missed_filler_words = missed_filler_words - coalesce((d.missed >> 3) & 1, 0), missed_structure = missed_structure - coalesce((d.missed >> 4) & 1, 0), missed_answered_question = missed_answered_question - coalesce((d.missed >> 5) & 1, 0)
    FROM (SELECT (OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) AS timed_, ((OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) AND (OLD.cut_off_at_limit = 1 OR OLD.time_used_ms - OLD.time_limit_ms >= 1000)) AS over_, (CASE WHEN OLD.skipped = 0 AND instr(OLD.self_check, 'true') > 0 THEN ((OLD.self_check ->> '$.eyeContact') IS NOT 1) | (((OLD.self_check ->> '$.posture') IS NOT 1) << 1) | (((OLD.self_check ->> '$.pace') IS NOT 1) << 2) | (((OLD.self_check ->> '$.fillerWords') IS NOT 1) << 3) | (((OLD.self_check ->> '$.structure') IS NOT 1) << 4) | (((OLD.self_check ->> '$.answeredQuestion') IS NOT 1) << 5) END) AS missed) AS d
    WHERE question_id = OLD.question_id AND interview_id IN (SELECT id FROM interviews WHERE created_at <= OLD.answered_at);
    UPDATE progress_plan_question SET
      timed = timed + d.timed_, over_count = over_count + d.over_, checked = checked + (d.missed IS NOT NULL),
      missed_eye_contact = missed_eye_contact + coalesce((d.missed >> 0) & 1, 0), missed_posture = missed_posture + coalesce((d.missed >> 1) & 1, 0), missed_pace = missed_pace + coalesce((d.missed >> 2) & 1, 0), missed_filler_words = missed_filler_words + coalesce((d.missed >> 3) & 1, 0), missed_structure = missed_structure + coalesce((d.missed >> 4) & 1, 0), missed_answered_question = missed_answered_question + coalesce((d.missed >> 5) & 1, 0)
    FROM (SELECT (NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) AS timed_, ((NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) AND (NEW.cut_off_at_limit = 1 OR NEW.time_used_ms - NEW.time_limit_ms >= 1000)) AS over_, (CASE WHEN NEW.skipped = 0 AND instr(NEW.self_check, 'true') > 0 THEN ((NEW.self_check ->> '$.eyeContact') IS NOT 1) | (((NEW.self_check ->> '$.posture') IS NOT 1) << 1) | (((NEW.self_check ->> '$.pace') IS NOT 1) << 2) | (((NEW.self_check ->> '$.fillerWords') IS NOT 1) << 3) | (((NEW.self_check ->> '$.structure') IS NOT 1) << 4) | (((NEW.self_check ->> '$.answeredQuestion') IS NOT 1) << 5) END) AS missed) AS d
    WHERE question_id = NEW.question_id AND interview_id IN (SELECT id FROM interviews WHERE created_at <= NEW.answered_at);
  END;
`;

const backfill = `
    INSERT INTO progress_plan_question (interview_id, question_id) SELECT interview_id, question_id FROM interview_plan_questions;
    UPDATE progress_plan_question SET (timed, over_count, checked, missed_eye_contact, missed_posture, missed_pace, missed_filler_words, missed_structure, missed_answered_question) =
      (
  SELECT coalesce(sum(t), 0), coalesce(sum(o), 0), count(m), coalesce(sum((m >> 0) & 1), 0), coalesce(sum((m >> 1) & 1), 0), coalesce(sum((m >> 2) & 1), 0), coalesce(sum((m >> 3) & 1), 0), coalesce(sum((m >> 4) & 1), 0), coalesce(sum((m >> 5) & 1), 0)
  FROM (SELECT (a.skipped = 0 AND a.time_limit_ms IS NOT NULL) AS t, ((a.skipped = 0 AND a.time_limit_ms IS NOT NULL) AND (a.cut_off_at_limit = 1 OR a.time_used_ms - a.time_limit_ms >= 1000)) AS o, (CASE WHEN a.skipped = 0 AND instr(a.self_check, 'true') > 0 THEN ((a.self_check ->> '$.eyeContact') IS NOT 1) | (((a.self_check ->> '$.posture') IS NOT 1) << 1) | (((a.self_check ->> '$.pace') IS NOT 1) << 2) | (((a.self_check ->> '$.fillerWords') IS NOT 1) << 3) | (((a.self_check ->> '$.structure') IS NOT 1) << 4) | (((a.self_check ->> '$.answeredQuestion') IS NOT 1) << 5) END) AS m
        FROM answers a WHERE a.question_id = progress_plan_question.question_id AND a.answered_at >= (SELECT created_at FROM interviews WHERE id = progress_plan_question.interview_id)));
`;

export const migration016: Migration = {
  version: 16,
  name: 'readiness-rollup-and-dismissals',
  up: (db) => {
    db.exec(schema);
    db.exec(triggers);
    db.exec(backfill);
    db.exec(dismissals);
  },
};
