import type { Migration } from './types';

/*
 * The progress rollups follow one rule for what an answer counts as (issue 10,
 * item 6; docs/ratings.md):
 *   - a rating counts as the after-replay rating when given, else the blind one
 *     (every confidence sum and average; before, sums used the blind rating
 *     while "recent confidence" used the after-replay one);
 *   - an answer cut off by the hard limit, or at least a second past its limit,
 *     is over the limit (before, cut-off answers counted as within it); the mean
 *     overrun is over the answers that ran past by time (`overrun_count`);
 *   - a self-check is done when an item is ticked; calibration counts only those.
 * And for "Confidence over time" by session and by day (item 5): progress_day
 * and progress_session gain rated answers and their ratings' sum.
 *
 * The rollups are derived data, so this drops them and their triggers, creates
 * them as the live definition (services/progress/rollups.ts) had them at this
 * version, and refills them from the answers. Frozen SQL: never edit it.
 */

const schema = `
  CREATE TABLE progress_week (
    week TEXT PRIMARY KEY,
    answers INTEGER NOT NULL DEFAULT 0,
    rated INTEGER NOT NULL DEFAULT 0,
    confidence_sum INTEGER NOT NULL DEFAULT 0,
    timed INTEGER NOT NULL DEFAULT 0,
    over_count INTEGER NOT NULL DEFAULT 0,
    overrun_count INTEGER NOT NULL DEFAULT 0,
    over_ms_sum INTEGER NOT NULL DEFAULT 0,
    confident INTEGER NOT NULL DEFAULT 0,
    confident_timed INTEGER NOT NULL DEFAULT 0,
    confident_over INTEGER NOT NULL DEFAULT 0,
    confident_checked INTEGER NOT NULL DEFAULT 0,
    confident_missed INTEGER NOT NULL DEFAULT 0,
    rerated INTEGER NOT NULL DEFAULT 0,
    rerate_delta_sum INTEGER NOT NULL DEFAULT 0,
    rerate_up INTEGER NOT NULL DEFAULT 0,
    rerate_down INTEGER NOT NULL DEFAULT 0,
    sessions INTEGER NOT NULL DEFAULT 0
  ) WITHOUT ROWID;
  CREATE TABLE progress_day (
    day TEXT PRIMARY KEY,
    answers INTEGER NOT NULL DEFAULT 0,
    rated INTEGER NOT NULL DEFAULT 0,
    confidence_sum INTEGER NOT NULL DEFAULT 0
  ) WITHOUT ROWID;
  -- Runs of consecutive practice days (streaks), so the current and longest streak are one indexed read each.
  CREATE TABLE progress_run (start TEXT PRIMARY KEY, end TEXT NOT NULL, days INTEGER NOT NULL) WITHOUT ROWID;
  CREATE INDEX progress_run_end ON progress_run (end);
  CREATE INDEX progress_run_days ON progress_run (days);
  CREATE TABLE progress_category_week (
    category TEXT NOT NULL,
    week TEXT NOT NULL,
    rated INTEGER NOT NULL DEFAULT 0,
    confidence_sum INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (category, week)
  ) WITHOUT ROWID;
  CREATE TABLE progress_question (
    question_id INTEGER PRIMARY KEY REFERENCES questions (id) ON DELETE CASCADE,
    answers INTEGER NOT NULL DEFAULT 0,
    rated INTEGER NOT NULL DEFAULT 0,
    confidence_sum INTEGER NOT NULL DEFAULT 0,
    timed INTEGER NOT NULL DEFAULT 0,
    over_count INTEGER NOT NULL DEFAULT 0,
    last_answered_at TEXT,
    -- Mean of the last three counted ratings (shared/domain/progress/answer-facts.ts): "recent confidence".
    recent_avg REAL
  );
  CREATE INDEX progress_question_weakest ON progress_question (recent_avg, last_answered_at) WHERE recent_avg IS NOT NULL;
  -- The sessions counted, each on the local day of its earliest answer, with its rated answers and their ratings' sum.
  CREATE TABLE progress_session (
    session_id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    rated INTEGER NOT NULL DEFAULT 0,
    confidence_sum INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX progress_session_day ON progress_session (day);
`;

const triggers = `
  CREATE TRIGGER progress_answer_insert AFTER INSERT ON answers BEGIN
    UPDATE answers SET local_day = coalesce(NEW.local_day, date(NEW.answered_at, 'localtime')) WHERE id = NEW.id AND local_day IS NOT coalesce(NEW.local_day, date(NEW.answered_at, 'localtime'));
    INSERT INTO progress_week (week, answers, rated, confidence_sum, timed, over_count, overrun_count, over_ms_sum, confident, confident_timed, confident_over, confident_checked, confident_missed, rerated, rerate_delta_sum, rerate_up, rerate_down) VALUES (date(coalesce(NEW.local_day, date(NEW.answered_at, 'localtime')), '-6 days', 'weekday 1'), 1, (CASE WHEN (NEW.skipped = 0) THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0) THEN coalesce(coalesce(NEW.review_confidence, NEW.confidence), 0) ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) THEN 1 ELSE 0 END), (CASE WHEN ((NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) AND (NEW.cut_off_at_limit = 1 OR NEW.time_used_ms - NEW.time_limit_ms >= 1000)) THEN 1 ELSE 0 END), (CASE WHEN ((NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) AND NEW.time_used_ms - NEW.time_limit_ms >= 1000) THEN 1 ELSE 0 END), (CASE WHEN ((NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) AND NEW.time_used_ms - NEW.time_limit_ms >= 1000) THEN NEW.time_used_ms - NEW.time_limit_ms ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND coalesce(NEW.confidence, 0) >= 4) THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND coalesce(NEW.confidence, 0) >= 4) AND (NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND coalesce(NEW.confidence, 0) >= 4) AND ((NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) AND (NEW.cut_off_at_limit = 1 OR NEW.time_used_ms - NEW.time_limit_ms >= 1000)) THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND coalesce(NEW.confidence, 0) >= 4) AND (NEW.skipped = 0 AND NEW.self_check LIKE '%true%' AND EXISTS (SELECT 1 FROM json_each(NEW.self_check) WHERE type = 'true')) THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND coalesce(NEW.confidence, 0) >= 4) AND ((NEW.skipped = 0 AND NEW.self_check LIKE '%true%' AND EXISTS (SELECT 1 FROM json_each(NEW.self_check) WHERE type = 'true')) AND EXISTS (SELECT 1 FROM json_each(NEW.self_check) WHERE type = 'false')) THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND NEW.review_confidence IS NOT NULL AND NEW.confidence IS NOT NULL) THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND NEW.review_confidence IS NOT NULL AND NEW.confidence IS NOT NULL) THEN NEW.review_confidence - NEW.confidence ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND NEW.review_confidence IS NOT NULL AND NEW.confidence IS NOT NULL) AND NEW.review_confidence > NEW.confidence THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND NEW.review_confidence IS NOT NULL AND NEW.confidence IS NOT NULL) AND NEW.review_confidence < NEW.confidence THEN 1 ELSE 0 END))
       ON CONFLICT (week) DO UPDATE SET answers = answers + excluded.answers, rated = rated + excluded.rated, confidence_sum = confidence_sum + excluded.confidence_sum, timed = timed + excluded.timed, over_count = over_count + excluded.over_count, overrun_count = overrun_count + excluded.overrun_count, over_ms_sum = over_ms_sum + excluded.over_ms_sum, confident = confident + excluded.confident, confident_timed = confident_timed + excluded.confident_timed, confident_over = confident_over + excluded.confident_over, confident_checked = confident_checked + excluded.confident_checked, confident_missed = confident_missed + excluded.confident_missed, rerated = rerated + excluded.rerated, rerate_delta_sum = rerate_delta_sum + excluded.rerate_delta_sum, rerate_up = rerate_up + excluded.rerate_up, rerate_down = rerate_down + excluded.rerate_down;
INSERT INTO progress_day (day, answers, rated, confidence_sum) VALUES (coalesce(NEW.local_day, date(NEW.answered_at, 'localtime')), 1, (CASE WHEN (NEW.skipped = 0) THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0) THEN coalesce(coalesce(NEW.review_confidence, NEW.confidence), 0) ELSE 0 END))
       ON CONFLICT (day) DO UPDATE SET answers = answers + excluded.answers, rated = rated + excluded.rated, confidence_sum = confidence_sum + excluded.confidence_sum;
INSERT INTO progress_category_week (category, week, rated, confidence_sum)
       SELECT coalesce((SELECT category FROM questions WHERE id = NEW.question_id), ''), date(coalesce(NEW.local_day, date(NEW.answered_at, 'localtime')), '-6 days', 'weekday 1'), 1, coalesce(coalesce(NEW.review_confidence, NEW.confidence), 0) WHERE (NEW.skipped = 0)
       ON CONFLICT (category, week) DO UPDATE SET rated = rated + excluded.rated, confidence_sum = confidence_sum + excluded.confidence_sum;
INSERT INTO progress_question (question_id, answers, rated, confidence_sum, timed, over_count) VALUES (NEW.question_id, 1, (CASE WHEN (NEW.skipped = 0) THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0) THEN coalesce(coalesce(NEW.review_confidence, NEW.confidence), 0) ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) THEN 1 ELSE 0 END), (CASE WHEN ((NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) AND (NEW.cut_off_at_limit = 1 OR NEW.time_used_ms - NEW.time_limit_ms >= 1000)) THEN 1 ELSE 0 END))
       ON CONFLICT (question_id) DO UPDATE SET answers = answers + excluded.answers, rated = rated + excluded.rated, confidence_sum = confidence_sum + excluded.confidence_sum, timed = timed + excluded.timed, over_count = over_count + excluded.over_count;
    
  UPDATE progress_question SET
    last_answered_at = (SELECT max(answered_at) FROM answers WHERE question_id = NEW.question_id),
    recent_avg = (SELECT avg(c) FROM (SELECT coalesce(answers.review_confidence, answers.confidence) AS c FROM answers
                  WHERE question_id = NEW.question_id AND skipped = 0 ORDER BY answered_at DESC, id DESC LIMIT 3))
  WHERE question_id = NEW.question_id;
  DELETE FROM progress_question WHERE question_id = NEW.question_id AND answers = 0;
    
  DELETE FROM progress_session WHERE session_id = NEW.session_id AND NOT EXISTS (SELECT 1 FROM answers WHERE session_id = NEW.session_id);
  INSERT INTO progress_session (session_id, day, rated, confidence_sum)
    SELECT NEW.session_id, min(a.local_day), sum((CASE WHEN (a.skipped = 0) THEN 1 ELSE 0 END)), sum((CASE WHEN (a.skipped = 0) THEN coalesce(coalesce(a.review_confidence, a.confidence), 0) ELSE 0 END)) FROM answers a
    WHERE a.session_id = NEW.session_id HAVING count(*) > 0
    ON CONFLICT (session_id) DO UPDATE SET day = excluded.day, rated = excluded.rated, confidence_sum = excluded.confidence_sum;
  END;
  CREATE TRIGGER progress_answer_delete AFTER DELETE ON answers BEGIN
    INSERT INTO progress_week (week, answers, rated, confidence_sum, timed, over_count, overrun_count, over_ms_sum, confident, confident_timed, confident_over, confident_checked, confident_missed, rerated, rerate_delta_sum, rerate_up, rerate_down) VALUES (date(coalesce(OLD.local_day, date(OLD.answered_at, 'localtime')), '-6 days', 'weekday 1'), -(1), -((CASE WHEN (OLD.skipped = 0) THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0) THEN coalesce(coalesce(OLD.review_confidence, OLD.confidence), 0) ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) THEN 1 ELSE 0 END)), -((CASE WHEN ((OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) AND (OLD.cut_off_at_limit = 1 OR OLD.time_used_ms - OLD.time_limit_ms >= 1000)) THEN 1 ELSE 0 END)), -((CASE WHEN ((OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) AND OLD.time_used_ms - OLD.time_limit_ms >= 1000) THEN 1 ELSE 0 END)), -((CASE WHEN ((OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) AND OLD.time_used_ms - OLD.time_limit_ms >= 1000) THEN OLD.time_used_ms - OLD.time_limit_ms ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND coalesce(OLD.confidence, 0) >= 4) THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND coalesce(OLD.confidence, 0) >= 4) AND (OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND coalesce(OLD.confidence, 0) >= 4) AND ((OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) AND (OLD.cut_off_at_limit = 1 OR OLD.time_used_ms - OLD.time_limit_ms >= 1000)) THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND coalesce(OLD.confidence, 0) >= 4) AND (OLD.skipped = 0 AND OLD.self_check LIKE '%true%' AND EXISTS (SELECT 1 FROM json_each(OLD.self_check) WHERE type = 'true')) THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND coalesce(OLD.confidence, 0) >= 4) AND ((OLD.skipped = 0 AND OLD.self_check LIKE '%true%' AND EXISTS (SELECT 1 FROM json_each(OLD.self_check) WHERE type = 'true')) AND EXISTS (SELECT 1 FROM json_each(OLD.self_check) WHERE type = 'false')) THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND OLD.review_confidence IS NOT NULL AND OLD.confidence IS NOT NULL) THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND OLD.review_confidence IS NOT NULL AND OLD.confidence IS NOT NULL) THEN OLD.review_confidence - OLD.confidence ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND OLD.review_confidence IS NOT NULL AND OLD.confidence IS NOT NULL) AND OLD.review_confidence > OLD.confidence THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND OLD.review_confidence IS NOT NULL AND OLD.confidence IS NOT NULL) AND OLD.review_confidence < OLD.confidence THEN 1 ELSE 0 END)))
       ON CONFLICT (week) DO UPDATE SET answers = answers + excluded.answers, rated = rated + excluded.rated, confidence_sum = confidence_sum + excluded.confidence_sum, timed = timed + excluded.timed, over_count = over_count + excluded.over_count, overrun_count = overrun_count + excluded.overrun_count, over_ms_sum = over_ms_sum + excluded.over_ms_sum, confident = confident + excluded.confident, confident_timed = confident_timed + excluded.confident_timed, confident_over = confident_over + excluded.confident_over, confident_checked = confident_checked + excluded.confident_checked, confident_missed = confident_missed + excluded.confident_missed, rerated = rerated + excluded.rerated, rerate_delta_sum = rerate_delta_sum + excluded.rerate_delta_sum, rerate_up = rerate_up + excluded.rerate_up, rerate_down = rerate_down + excluded.rerate_down;
INSERT INTO progress_day (day, answers, rated, confidence_sum) VALUES (coalesce(OLD.local_day, date(OLD.answered_at, 'localtime')), -(1), -((CASE WHEN (OLD.skipped = 0) THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0) THEN coalesce(coalesce(OLD.review_confidence, OLD.confidence), 0) ELSE 0 END)))
       ON CONFLICT (day) DO UPDATE SET answers = answers + excluded.answers, rated = rated + excluded.rated, confidence_sum = confidence_sum + excluded.confidence_sum;
INSERT INTO progress_category_week (category, week, rated, confidence_sum)
       SELECT coalesce((SELECT category FROM questions WHERE id = OLD.question_id), ''), date(coalesce(OLD.local_day, date(OLD.answered_at, 'localtime')), '-6 days', 'weekday 1'), -(1), -(coalesce(coalesce(OLD.review_confidence, OLD.confidence), 0)) WHERE (OLD.skipped = 0)
       ON CONFLICT (category, week) DO UPDATE SET rated = rated + excluded.rated, confidence_sum = confidence_sum + excluded.confidence_sum;
INSERT INTO progress_question (question_id, answers, rated, confidence_sum, timed, over_count) VALUES (OLD.question_id, -(1), -((CASE WHEN (OLD.skipped = 0) THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0) THEN coalesce(coalesce(OLD.review_confidence, OLD.confidence), 0) ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) THEN 1 ELSE 0 END)), -((CASE WHEN ((OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) AND (OLD.cut_off_at_limit = 1 OR OLD.time_used_ms - OLD.time_limit_ms >= 1000)) THEN 1 ELSE 0 END)))
       ON CONFLICT (question_id) DO UPDATE SET answers = answers + excluded.answers, rated = rated + excluded.rated, confidence_sum = confidence_sum + excluded.confidence_sum, timed = timed + excluded.timed, over_count = over_count + excluded.over_count;
DELETE FROM progress_week WHERE week = date(coalesce(OLD.local_day, date(OLD.answered_at, 'localtime')), '-6 days', 'weekday 1') AND answers = 0 AND sessions = 0;
DELETE FROM progress_day WHERE day = coalesce(OLD.local_day, date(OLD.answered_at, 'localtime')) AND answers = 0;
DELETE FROM progress_category_week WHERE week = date(coalesce(OLD.local_day, date(OLD.answered_at, 'localtime')), '-6 days', 'weekday 1') AND rated = 0;
    
  UPDATE progress_question SET
    last_answered_at = (SELECT max(answered_at) FROM answers WHERE question_id = OLD.question_id),
    recent_avg = (SELECT avg(c) FROM (SELECT coalesce(answers.review_confidence, answers.confidence) AS c FROM answers
                  WHERE question_id = OLD.question_id AND skipped = 0 ORDER BY answered_at DESC, id DESC LIMIT 3))
  WHERE question_id = OLD.question_id;
  DELETE FROM progress_question WHERE question_id = OLD.question_id AND answers = 0;
    
  DELETE FROM progress_session WHERE session_id = OLD.session_id AND NOT EXISTS (SELECT 1 FROM answers WHERE session_id = OLD.session_id);
  INSERT INTO progress_session (session_id, day, rated, confidence_sum)
    SELECT OLD.session_id, min(a.local_day), sum((CASE WHEN (a.skipped = 0) THEN 1 ELSE 0 END)), sum((CASE WHEN (a.skipped = 0) THEN coalesce(coalesce(a.review_confidence, a.confidence), 0) ELSE 0 END)) FROM answers a
    WHERE a.session_id = OLD.session_id HAVING count(*) > 0
    ON CONFLICT (session_id) DO UPDATE SET day = excluded.day, rated = excluded.rated, confidence_sum = excluded.confidence_sum;
  END;
  CREATE TRIGGER progress_answer_update AFTER UPDATE OF session_id, question_id, skipped, confidence, review_confidence, time_used_ms, time_limit_ms, cut_off_at_limit, self_check, answered_at ON answers BEGIN
    INSERT INTO progress_week (week, answers, rated, confidence_sum, timed, over_count, overrun_count, over_ms_sum, confident, confident_timed, confident_over, confident_checked, confident_missed, rerated, rerate_delta_sum, rerate_up, rerate_down) VALUES (date(coalesce(OLD.local_day, date(OLD.answered_at, 'localtime')), '-6 days', 'weekday 1'), -(1), -((CASE WHEN (OLD.skipped = 0) THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0) THEN coalesce(coalesce(OLD.review_confidence, OLD.confidence), 0) ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) THEN 1 ELSE 0 END)), -((CASE WHEN ((OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) AND (OLD.cut_off_at_limit = 1 OR OLD.time_used_ms - OLD.time_limit_ms >= 1000)) THEN 1 ELSE 0 END)), -((CASE WHEN ((OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) AND OLD.time_used_ms - OLD.time_limit_ms >= 1000) THEN 1 ELSE 0 END)), -((CASE WHEN ((OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) AND OLD.time_used_ms - OLD.time_limit_ms >= 1000) THEN OLD.time_used_ms - OLD.time_limit_ms ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND coalesce(OLD.confidence, 0) >= 4) THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND coalesce(OLD.confidence, 0) >= 4) AND (OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND coalesce(OLD.confidence, 0) >= 4) AND ((OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) AND (OLD.cut_off_at_limit = 1 OR OLD.time_used_ms - OLD.time_limit_ms >= 1000)) THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND coalesce(OLD.confidence, 0) >= 4) AND (OLD.skipped = 0 AND OLD.self_check LIKE '%true%' AND EXISTS (SELECT 1 FROM json_each(OLD.self_check) WHERE type = 'true')) THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND coalesce(OLD.confidence, 0) >= 4) AND ((OLD.skipped = 0 AND OLD.self_check LIKE '%true%' AND EXISTS (SELECT 1 FROM json_each(OLD.self_check) WHERE type = 'true')) AND EXISTS (SELECT 1 FROM json_each(OLD.self_check) WHERE type = 'false')) THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND OLD.review_confidence IS NOT NULL AND OLD.confidence IS NOT NULL) THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND OLD.review_confidence IS NOT NULL AND OLD.confidence IS NOT NULL) THEN OLD.review_confidence - OLD.confidence ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND OLD.review_confidence IS NOT NULL AND OLD.confidence IS NOT NULL) AND OLD.review_confidence > OLD.confidence THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND OLD.review_confidence IS NOT NULL AND OLD.confidence IS NOT NULL) AND OLD.review_confidence < OLD.confidence THEN 1 ELSE 0 END)))
       ON CONFLICT (week) DO UPDATE SET answers = answers + excluded.answers, rated = rated + excluded.rated, confidence_sum = confidence_sum + excluded.confidence_sum, timed = timed + excluded.timed, over_count = over_count + excluded.over_count, overrun_count = overrun_count + excluded.overrun_count, over_ms_sum = over_ms_sum + excluded.over_ms_sum, confident = confident + excluded.confident, confident_timed = confident_timed + excluded.confident_timed, confident_over = confident_over + excluded.confident_over, confident_checked = confident_checked + excluded.confident_checked, confident_missed = confident_missed + excluded.confident_missed, rerated = rerated + excluded.rerated, rerate_delta_sum = rerate_delta_sum + excluded.rerate_delta_sum, rerate_up = rerate_up + excluded.rerate_up, rerate_down = rerate_down + excluded.rerate_down;
INSERT INTO progress_day (day, answers, rated, confidence_sum) VALUES (coalesce(OLD.local_day, date(OLD.answered_at, 'localtime')), -(1), -((CASE WHEN (OLD.skipped = 0) THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0) THEN coalesce(coalesce(OLD.review_confidence, OLD.confidence), 0) ELSE 0 END)))
       ON CONFLICT (day) DO UPDATE SET answers = answers + excluded.answers, rated = rated + excluded.rated, confidence_sum = confidence_sum + excluded.confidence_sum;
INSERT INTO progress_category_week (category, week, rated, confidence_sum)
       SELECT coalesce((SELECT category FROM questions WHERE id = OLD.question_id), ''), date(coalesce(OLD.local_day, date(OLD.answered_at, 'localtime')), '-6 days', 'weekday 1'), -(1), -(coalesce(coalesce(OLD.review_confidence, OLD.confidence), 0)) WHERE (OLD.skipped = 0)
       ON CONFLICT (category, week) DO UPDATE SET rated = rated + excluded.rated, confidence_sum = confidence_sum + excluded.confidence_sum;
INSERT INTO progress_question (question_id, answers, rated, confidence_sum, timed, over_count) VALUES (OLD.question_id, -(1), -((CASE WHEN (OLD.skipped = 0) THEN 1 ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0) THEN coalesce(coalesce(OLD.review_confidence, OLD.confidence), 0) ELSE 0 END)), -((CASE WHEN (OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) THEN 1 ELSE 0 END)), -((CASE WHEN ((OLD.skipped = 0 AND OLD.time_limit_ms IS NOT NULL) AND (OLD.cut_off_at_limit = 1 OR OLD.time_used_ms - OLD.time_limit_ms >= 1000)) THEN 1 ELSE 0 END)))
       ON CONFLICT (question_id) DO UPDATE SET answers = answers + excluded.answers, rated = rated + excluded.rated, confidence_sum = confidence_sum + excluded.confidence_sum, timed = timed + excluded.timed, over_count = over_count + excluded.over_count;
DELETE FROM progress_week WHERE week = date(coalesce(OLD.local_day, date(OLD.answered_at, 'localtime')), '-6 days', 'weekday 1') AND answers = 0 AND sessions = 0;
DELETE FROM progress_day WHERE day = coalesce(OLD.local_day, date(OLD.answered_at, 'localtime')) AND answers = 0;
DELETE FROM progress_category_week WHERE week = date(coalesce(OLD.local_day, date(OLD.answered_at, 'localtime')), '-6 days', 'weekday 1') AND rated = 0;
    UPDATE answers SET local_day = (CASE WHEN NEW.answered_at IS OLD.answered_at THEN coalesce(OLD.local_day, date(OLD.answered_at, 'localtime')) ELSE date(NEW.answered_at, 'localtime') END) WHERE id = NEW.id AND local_day IS NOT (CASE WHEN NEW.answered_at IS OLD.answered_at THEN coalesce(OLD.local_day, date(OLD.answered_at, 'localtime')) ELSE date(NEW.answered_at, 'localtime') END);
    INSERT INTO progress_week (week, answers, rated, confidence_sum, timed, over_count, overrun_count, over_ms_sum, confident, confident_timed, confident_over, confident_checked, confident_missed, rerated, rerate_delta_sum, rerate_up, rerate_down) VALUES (date((CASE WHEN NEW.answered_at IS OLD.answered_at THEN coalesce(OLD.local_day, date(OLD.answered_at, 'localtime')) ELSE date(NEW.answered_at, 'localtime') END), '-6 days', 'weekday 1'), 1, (CASE WHEN (NEW.skipped = 0) THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0) THEN coalesce(coalesce(NEW.review_confidence, NEW.confidence), 0) ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) THEN 1 ELSE 0 END), (CASE WHEN ((NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) AND (NEW.cut_off_at_limit = 1 OR NEW.time_used_ms - NEW.time_limit_ms >= 1000)) THEN 1 ELSE 0 END), (CASE WHEN ((NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) AND NEW.time_used_ms - NEW.time_limit_ms >= 1000) THEN 1 ELSE 0 END), (CASE WHEN ((NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) AND NEW.time_used_ms - NEW.time_limit_ms >= 1000) THEN NEW.time_used_ms - NEW.time_limit_ms ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND coalesce(NEW.confidence, 0) >= 4) THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND coalesce(NEW.confidence, 0) >= 4) AND (NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND coalesce(NEW.confidence, 0) >= 4) AND ((NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) AND (NEW.cut_off_at_limit = 1 OR NEW.time_used_ms - NEW.time_limit_ms >= 1000)) THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND coalesce(NEW.confidence, 0) >= 4) AND (NEW.skipped = 0 AND NEW.self_check LIKE '%true%' AND EXISTS (SELECT 1 FROM json_each(NEW.self_check) WHERE type = 'true')) THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND coalesce(NEW.confidence, 0) >= 4) AND ((NEW.skipped = 0 AND NEW.self_check LIKE '%true%' AND EXISTS (SELECT 1 FROM json_each(NEW.self_check) WHERE type = 'true')) AND EXISTS (SELECT 1 FROM json_each(NEW.self_check) WHERE type = 'false')) THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND NEW.review_confidence IS NOT NULL AND NEW.confidence IS NOT NULL) THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND NEW.review_confidence IS NOT NULL AND NEW.confidence IS NOT NULL) THEN NEW.review_confidence - NEW.confidence ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND NEW.review_confidence IS NOT NULL AND NEW.confidence IS NOT NULL) AND NEW.review_confidence > NEW.confidence THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND NEW.review_confidence IS NOT NULL AND NEW.confidence IS NOT NULL) AND NEW.review_confidence < NEW.confidence THEN 1 ELSE 0 END))
       ON CONFLICT (week) DO UPDATE SET answers = answers + excluded.answers, rated = rated + excluded.rated, confidence_sum = confidence_sum + excluded.confidence_sum, timed = timed + excluded.timed, over_count = over_count + excluded.over_count, overrun_count = overrun_count + excluded.overrun_count, over_ms_sum = over_ms_sum + excluded.over_ms_sum, confident = confident + excluded.confident, confident_timed = confident_timed + excluded.confident_timed, confident_over = confident_over + excluded.confident_over, confident_checked = confident_checked + excluded.confident_checked, confident_missed = confident_missed + excluded.confident_missed, rerated = rerated + excluded.rerated, rerate_delta_sum = rerate_delta_sum + excluded.rerate_delta_sum, rerate_up = rerate_up + excluded.rerate_up, rerate_down = rerate_down + excluded.rerate_down;
INSERT INTO progress_day (day, answers, rated, confidence_sum) VALUES ((CASE WHEN NEW.answered_at IS OLD.answered_at THEN coalesce(OLD.local_day, date(OLD.answered_at, 'localtime')) ELSE date(NEW.answered_at, 'localtime') END), 1, (CASE WHEN (NEW.skipped = 0) THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0) THEN coalesce(coalesce(NEW.review_confidence, NEW.confidence), 0) ELSE 0 END))
       ON CONFLICT (day) DO UPDATE SET answers = answers + excluded.answers, rated = rated + excluded.rated, confidence_sum = confidence_sum + excluded.confidence_sum;
INSERT INTO progress_category_week (category, week, rated, confidence_sum)
       SELECT coalesce((SELECT category FROM questions WHERE id = NEW.question_id), ''), date((CASE WHEN NEW.answered_at IS OLD.answered_at THEN coalesce(OLD.local_day, date(OLD.answered_at, 'localtime')) ELSE date(NEW.answered_at, 'localtime') END), '-6 days', 'weekday 1'), 1, coalesce(coalesce(NEW.review_confidence, NEW.confidence), 0) WHERE (NEW.skipped = 0)
       ON CONFLICT (category, week) DO UPDATE SET rated = rated + excluded.rated, confidence_sum = confidence_sum + excluded.confidence_sum;
INSERT INTO progress_question (question_id, answers, rated, confidence_sum, timed, over_count) VALUES (NEW.question_id, 1, (CASE WHEN (NEW.skipped = 0) THEN 1 ELSE 0 END), (CASE WHEN (NEW.skipped = 0) THEN coalesce(coalesce(NEW.review_confidence, NEW.confidence), 0) ELSE 0 END), (CASE WHEN (NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) THEN 1 ELSE 0 END), (CASE WHEN ((NEW.skipped = 0 AND NEW.time_limit_ms IS NOT NULL) AND (NEW.cut_off_at_limit = 1 OR NEW.time_used_ms - NEW.time_limit_ms >= 1000)) THEN 1 ELSE 0 END))
       ON CONFLICT (question_id) DO UPDATE SET answers = answers + excluded.answers, rated = rated + excluded.rated, confidence_sum = confidence_sum + excluded.confidence_sum, timed = timed + excluded.timed, over_count = over_count + excluded.over_count;
    
  UPDATE progress_question SET
    last_answered_at = (SELECT max(answered_at) FROM answers WHERE question_id = OLD.question_id),
    recent_avg = (SELECT avg(c) FROM (SELECT coalesce(answers.review_confidence, answers.confidence) AS c FROM answers
                  WHERE question_id = OLD.question_id AND skipped = 0 ORDER BY answered_at DESC, id DESC LIMIT 3))
  WHERE question_id = OLD.question_id;
  DELETE FROM progress_question WHERE question_id = OLD.question_id AND answers = 0;
    
  UPDATE progress_question SET
    last_answered_at = (SELECT max(answered_at) FROM answers WHERE question_id = NEW.question_id),
    recent_avg = (SELECT avg(c) FROM (SELECT coalesce(answers.review_confidence, answers.confidence) AS c FROM answers
                  WHERE question_id = NEW.question_id AND skipped = 0 ORDER BY answered_at DESC, id DESC LIMIT 3))
  WHERE question_id = NEW.question_id;
  DELETE FROM progress_question WHERE question_id = NEW.question_id AND answers = 0;
    
  DELETE FROM progress_session WHERE session_id = OLD.session_id AND NOT EXISTS (SELECT 1 FROM answers WHERE session_id = OLD.session_id);
  INSERT INTO progress_session (session_id, day, rated, confidence_sum)
    SELECT OLD.session_id, min(a.local_day), sum((CASE WHEN (a.skipped = 0) THEN 1 ELSE 0 END)), sum((CASE WHEN (a.skipped = 0) THEN coalesce(coalesce(a.review_confidence, a.confidence), 0) ELSE 0 END)) FROM answers a
    WHERE a.session_id = OLD.session_id HAVING count(*) > 0
    ON CONFLICT (session_id) DO UPDATE SET day = excluded.day, rated = excluded.rated, confidence_sum = excluded.confidence_sum;
    
  DELETE FROM progress_session WHERE session_id = NEW.session_id AND NOT EXISTS (SELECT 1 FROM answers WHERE session_id = NEW.session_id);
  INSERT INTO progress_session (session_id, day, rated, confidence_sum)
    SELECT NEW.session_id, min(a.local_day), sum((CASE WHEN (a.skipped = 0) THEN 1 ELSE 0 END)), sum((CASE WHEN (a.skipped = 0) THEN coalesce(coalesce(a.review_confidence, a.confidence), 0) ELSE 0 END)) FROM answers a
    WHERE a.session_id = NEW.session_id HAVING count(*) > 0
    ON CONFLICT (session_id) DO UPDATE SET day = excluded.day, rated = excluded.rated, confidence_sum = excluded.confidence_sum;
  END;
  CREATE TRIGGER progress_session_insert AFTER INSERT ON progress_session BEGIN
    INSERT INTO progress_week (week, sessions) VALUES (date(NEW.day, '-6 days', 'weekday 1'), 1) ON CONFLICT (week) DO UPDATE SET sessions = sessions + 1;
  END;
  CREATE TRIGGER progress_session_delete AFTER DELETE ON progress_session BEGIN
    UPDATE progress_week SET sessions = sessions - 1 WHERE week = date(OLD.day, '-6 days', 'weekday 1');
    DELETE FROM progress_week WHERE week = date(OLD.day, '-6 days', 'weekday 1') AND answers = 0 AND sessions = 0;
  END;
  CREATE TRIGGER progress_session_move AFTER UPDATE OF day ON progress_session WHEN OLD.day IS NOT NEW.day BEGIN
    UPDATE progress_week SET sessions = sessions - 1 WHERE week = date(OLD.day, '-6 days', 'weekday 1');
    DELETE FROM progress_week WHERE week = date(OLD.day, '-6 days', 'weekday 1') AND answers = 0 AND sessions = 0;
    INSERT INTO progress_week (week, sessions) VALUES (date(NEW.day, '-6 days', 'weekday 1'), 1) ON CONFLICT (week) DO UPDATE SET sessions = sessions + 1;
  END;
  CREATE TRIGGER progress_day_insert AFTER INSERT ON progress_day BEGIN
    -- A new practice day joins the run ending the day before and the one starting the day after.
    INSERT INTO progress_run (start, end, days)
      SELECT s, e, CAST(julianday(e) - julianday(s) + 1 AS INTEGER) FROM (SELECT
        coalesce((SELECT start FROM progress_run WHERE end = date(NEW.day, '-1 day')), NEW.day) AS s,
        coalesce((SELECT end FROM progress_run WHERE start = date(NEW.day, '+1 day')), NEW.day) AS e)
      WHERE true ON CONFLICT (start) DO UPDATE SET end = excluded.end, days = excluded.days;
    DELETE FROM progress_run WHERE start = date(NEW.day, '+1 day');
  END;
  CREATE TRIGGER progress_day_delete AFTER DELETE ON progress_day BEGIN
    -- A day without practice any more splits its run in two.
    INSERT INTO progress_run (start, end, days)
      SELECT date(OLD.day, '+1 day'), end, CAST(julianday(end) - julianday(OLD.day) AS INTEGER) FROM progress_run
      WHERE start = (SELECT max(start) FROM progress_run WHERE start <= OLD.day) AND end > OLD.day;
    UPDATE progress_run SET end = date(OLD.day, '-1 day'), days = CAST(julianday(OLD.day) - julianday(start) AS INTEGER)
      WHERE start = (SELECT max(start) FROM progress_run WHERE start <= OLD.day) AND start < OLD.day;
    DELETE FROM progress_run WHERE start = OLD.day;
  END;
  CREATE TRIGGER progress_question_category AFTER UPDATE OF category ON questions WHEN OLD.category IS NOT NEW.category BEGIN
    INSERT INTO progress_category_week (category, week, rated, confidence_sum)
      SELECT OLD.category, date(a.local_day, '-6 days', 'weekday 1') AS w, -count(*), -sum(coalesce(coalesce(a.review_confidence, a.confidence), 0)) FROM answers a
      WHERE a.question_id = NEW.id AND a.skipped = 0 GROUP BY w
      ON CONFLICT (category, week) DO UPDATE SET rated = rated + excluded.rated, confidence_sum = confidence_sum + excluded.confidence_sum;
    INSERT INTO progress_category_week (category, week, rated, confidence_sum)
      SELECT NEW.category, date(a.local_day, '-6 days', 'weekday 1') AS w, count(*), sum(coalesce(coalesce(a.review_confidence, a.confidence), 0)) FROM answers a
      WHERE a.question_id = NEW.id AND a.skipped = 0 GROUP BY w
      ON CONFLICT (category, week) DO UPDATE SET rated = rated + excluded.rated, confidence_sum = confidence_sum + excluded.confidence_sum;
    DELETE FROM progress_category_week WHERE category = OLD.category AND rated = 0;
  END;
`;

const backfill = `
    DELETE FROM progress_week;
DELETE FROM progress_day;
DELETE FROM progress_run;
DELETE FROM progress_category_week;
DELETE FROM progress_question;
DELETE FROM progress_session;
    UPDATE answers SET local_day = date(answered_at, 'localtime') WHERE local_day IS NULL;
    INSERT INTO progress_week (week, answers, rated, confidence_sum, timed, over_count, overrun_count, over_ms_sum, confident, confident_timed, confident_over, confident_checked, confident_missed, rerated, rerate_delta_sum, rerate_up, rerate_down)
      SELECT date(a.local_day, '-6 days', 'weekday 1') AS w, sum(1), sum((CASE WHEN (a.skipped = 0) THEN 1 ELSE 0 END)), sum((CASE WHEN (a.skipped = 0) THEN coalesce(coalesce(a.review_confidence, a.confidence), 0) ELSE 0 END)), sum((CASE WHEN (a.skipped = 0 AND a.time_limit_ms IS NOT NULL) THEN 1 ELSE 0 END)), sum((CASE WHEN ((a.skipped = 0 AND a.time_limit_ms IS NOT NULL) AND (a.cut_off_at_limit = 1 OR a.time_used_ms - a.time_limit_ms >= 1000)) THEN 1 ELSE 0 END)), sum((CASE WHEN ((a.skipped = 0 AND a.time_limit_ms IS NOT NULL) AND a.time_used_ms - a.time_limit_ms >= 1000) THEN 1 ELSE 0 END)), sum((CASE WHEN ((a.skipped = 0 AND a.time_limit_ms IS NOT NULL) AND a.time_used_ms - a.time_limit_ms >= 1000) THEN a.time_used_ms - a.time_limit_ms ELSE 0 END)), sum((CASE WHEN (a.skipped = 0 AND coalesce(a.confidence, 0) >= 4) THEN 1 ELSE 0 END)), sum((CASE WHEN (a.skipped = 0 AND coalesce(a.confidence, 0) >= 4) AND (a.skipped = 0 AND a.time_limit_ms IS NOT NULL) THEN 1 ELSE 0 END)), sum((CASE WHEN (a.skipped = 0 AND coalesce(a.confidence, 0) >= 4) AND ((a.skipped = 0 AND a.time_limit_ms IS NOT NULL) AND (a.cut_off_at_limit = 1 OR a.time_used_ms - a.time_limit_ms >= 1000)) THEN 1 ELSE 0 END)), sum((CASE WHEN (a.skipped = 0 AND coalesce(a.confidence, 0) >= 4) AND (a.skipped = 0 AND a.self_check LIKE '%true%' AND EXISTS (SELECT 1 FROM json_each(a.self_check) WHERE type = 'true')) THEN 1 ELSE 0 END)), sum((CASE WHEN (a.skipped = 0 AND coalesce(a.confidence, 0) >= 4) AND ((a.skipped = 0 AND a.self_check LIKE '%true%' AND EXISTS (SELECT 1 FROM json_each(a.self_check) WHERE type = 'true')) AND EXISTS (SELECT 1 FROM json_each(a.self_check) WHERE type = 'false')) THEN 1 ELSE 0 END)), sum((CASE WHEN (a.skipped = 0 AND a.review_confidence IS NOT NULL AND a.confidence IS NOT NULL) THEN 1 ELSE 0 END)), sum((CASE WHEN (a.skipped = 0 AND a.review_confidence IS NOT NULL AND a.confidence IS NOT NULL) THEN a.review_confidence - a.confidence ELSE 0 END)), sum((CASE WHEN (a.skipped = 0 AND a.review_confidence IS NOT NULL AND a.confidence IS NOT NULL) AND a.review_confidence > a.confidence THEN 1 ELSE 0 END)), sum((CASE WHEN (a.skipped = 0 AND a.review_confidence IS NOT NULL AND a.confidence IS NOT NULL) AND a.review_confidence < a.confidence THEN 1 ELSE 0 END))
      FROM answers a GROUP BY w;
    INSERT INTO progress_day (day, answers, rated, confidence_sum)
      SELECT local_day, count(*), sum((CASE WHEN (a.skipped = 0) THEN 1 ELSE 0 END)), sum((CASE WHEN (a.skipped = 0) THEN coalesce(coalesce(a.review_confidence, a.confidence), 0) ELSE 0 END)) FROM answers a GROUP BY local_day;
    DELETE FROM progress_run;
    INSERT INTO progress_run (start, end, days)
      SELECT min(day), max(day), count(*) FROM (SELECT day, julianday(day) - row_number() OVER (ORDER BY day) AS island FROM progress_day)
      GROUP BY island;
    INSERT INTO progress_category_week (category, week, rated, confidence_sum)
      SELECT q.category, date(a.local_day, '-6 days', 'weekday 1') AS w, count(*), sum(coalesce(coalesce(a.review_confidence, a.confidence), 0))
      FROM answers a JOIN questions q ON q.id = a.question_id WHERE a.skipped = 0 GROUP BY q.category, w;
    INSERT INTO progress_question (question_id, answers, rated, confidence_sum, timed, over_count, last_answered_at)
      SELECT a.question_id, sum(1), sum((CASE WHEN (a.skipped = 0) THEN 1 ELSE 0 END)), sum((CASE WHEN (a.skipped = 0) THEN coalesce(coalesce(a.review_confidence, a.confidence), 0) ELSE 0 END)), sum((CASE WHEN (a.skipped = 0 AND a.time_limit_ms IS NOT NULL) THEN 1 ELSE 0 END)), sum((CASE WHEN ((a.skipped = 0 AND a.time_limit_ms IS NOT NULL) AND (a.cut_off_at_limit = 1 OR a.time_used_ms - a.time_limit_ms >= 1000)) THEN 1 ELSE 0 END)), max(a.answered_at)
      FROM answers a GROUP BY a.question_id;
    UPDATE progress_question SET recent_avg = (
      SELECT avg(c) FROM (SELECT coalesce(answers.review_confidence, answers.confidence) AS c FROM answers
      WHERE question_id = progress_question.question_id AND skipped = 0 ORDER BY answered_at DESC, id DESC LIMIT 3));
    INSERT INTO progress_session (session_id, day, rated, confidence_sum)
      SELECT session_id, min(local_day), sum((CASE WHEN (a.skipped = 0) THEN 1 ELSE 0 END)), sum((CASE WHEN (a.skipped = 0) THEN coalesce(coalesce(a.review_confidence, a.confidence), 0) ELSE 0 END)) FROM answers a GROUP BY session_id;
    UPDATE progress_week SET sessions = 0;
    INSERT INTO progress_week (week, sessions) SELECT date(day, '-6 days', 'weekday 1') AS w, count(*) FROM progress_session WHERE true GROUP BY w
      ON CONFLICT (week) DO UPDATE SET sessions = excluded.sessions;
`;

export const migration013: Migration = {
  version: 13,
  name: 'progress-answer-facts',
  up: (db) => {
    const old = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'progress\\_%' ESCAPE '\\'")
      .all();
    for (const { name } of old) db.exec(`DROP TRIGGER "${name}"`);
    db.exec(
      `DROP TABLE progress_week; DROP TABLE progress_day; DROP TABLE progress_run; DROP TABLE progress_category_week; DROP TABLE progress_question; DROP TABLE progress_session;`,
    );
    db.exec(schema);
    db.exec(triggers);
    db.exec(backfill);
  },
};
