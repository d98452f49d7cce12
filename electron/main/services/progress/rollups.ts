import type { Database } from 'better-sqlite3';
import {
  countedRatingSql,
  overLimitSql,
  overrunSql,
  recentWindow,
  selfCheckDoneSql,
  selfCheckMissedSql,
  timedSql,
} from '../../../../shared/domain/progress/answer-facts';
import { planRollupBackfill, planRollupSchema, planRollupTriggers } from './plan-rollup';

/*
 * The live definition of the progress rollups: the tables the data services
 * rebuild (after an import, in the database check) and the triggers the
 * latest schema holds. Migrations never import this: migration 005 has its own
 * frozen SQL (storage/migrations/005-progress/), and a later migration that
 * changes a rollup writes its own SQL and updates this file to match; a unit
 * test (test/unit/storage/live-definitions.test.ts) fails while the two differ.
 *
 * An answer contributes to: its local week (Monday, `YYYY-MM-DD`), its local
 * day, its question's category per week, its question, and — when it is the
 * session's first — the session count of its week. Local days are the user's
 * calendar days (SQLite 'localtime' at save time) and are stored on the answer
 * (`answers.local_day`), so removing an answer later takes it off the same
 * day even if the computer's time zone changed in between.
 */

/**
 * `R` is `NEW`, `OLD` or a table alias. Every metric is 0 or a count/sum for one
 * answer. What a rating, "over the limit" and a done self-check are comes from
 * the one rule in shared/domain/progress/answer-facts.ts (docs/ratings.md).
 */
const rated = (r: string) => `(${r}.skipped = 0)`;
const rating = (r: string) => `coalesce(${countedRatingSql(r)}, 0)`;
const timed = timedSql;
const over = overLimitSql;
// Calibration compares the blind rating with what happened: "confident" is the blind rating on purpose.
const confident = (r: string) => `(${r}.skipped = 0 AND coalesce(${r}.confidence, 0) >= 4)`;
const rerated = (r: string) => `(${r}.skipped = 0 AND ${r}.review_confidence IS NOT NULL AND ${r}.confidence IS NOT NULL)`;
const iff = (condition: string, value = '1') => `(CASE WHEN ${condition} THEN ${value} ELSE 0 END)`;

/** Columns of progress_week (besides `week` and `sessions`) and how one answer adds to each. */
const weekMetrics: [column: string, value: (r: string) => string][] = [
  ['answers', () => '1'],
  ['rated', (r) => iff(rated(r))],
  ['confidence_sum', (r) => iff(rated(r), rating(r))],
  ['timed', (r) => iff(timed(r))],
  ['over_count', (r) => iff(over(r))],
  // Answers that ran past the limit by time, and by how much in all: the mean overrun's parts.
  ['overrun_count', (r) => iff(overrunSql(r))],
  ['over_ms_sum', (r) => iff(overrunSql(r), `${r}.time_used_ms - ${r}.time_limit_ms`)],
  ['confident', (r) => iff(confident(r))],
  ['confident_timed', (r) => iff(`${confident(r)} AND ${timed(r)}`)],
  ['confident_over', (r) => iff(`${confident(r)} AND ${over(r)}`)],
  ['confident_checked', (r) => iff(`${confident(r)} AND ${selfCheckDoneSql(r)}`)],
  ['confident_missed', (r) => iff(`${confident(r)} AND ${selfCheckMissedSql(r)}`)],
  ['rerated', (r) => iff(rerated(r))],
  ['rerate_delta_sum', (r) => iff(rerated(r), `${r}.review_confidence - ${r}.confidence`)],
  ['rerate_up', (r) => iff(`${rerated(r)} AND ${r}.review_confidence > ${r}.confidence`)],
  ['rerate_down', (r) => iff(`${rerated(r)} AND ${r}.review_confidence < ${r}.confidence`)],
];

const questionMetrics: [column: string, value: (r: string) => string][] = [
  ['answers', () => '1'],
  ['rated', (r) => iff(rated(r))],
  ['confidence_sum', (r) => iff(rated(r), rating(r))],
  ['timed', (r) => iff(timed(r))],
  ['over_count', (r) => iff(over(r))],
];

const weekOf = (day: string) => `date(${day}, '-6 days', 'weekday 1')`;
const categoryOf = (r: string) => `(SELECT category FROM questions WHERE id = ${r}.question_id)`;
const addAll = (columns: string[]) => columns.map((c) => `${c} = ${c} + excluded.${c}`).join(', ');

export const rollupTables = [
  'progress_week',
  'progress_day',
  'progress_run',
  'progress_category_week',
  'progress_question',
  'progress_session',
  // The readiness rollup per plan question (plan-rollup.ts).
  'progress_plan_question',
] as const;

export const rollupSchema = `
  CREATE TABLE progress_week (
    week TEXT PRIMARY KEY,
    ${weekMetrics.map(([c]) => `${c} INTEGER NOT NULL DEFAULT 0`).join(',\n    ')},
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
    ${questionMetrics.map(([c]) => `${c} INTEGER NOT NULL DEFAULT 0`).join(',\n    ')},
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
  ${planRollupSchema}
`;

/** The statements adding (sign 1) or removing (sign -1) one answer `r` whose local day is `day`. */
function contribution(r: string, day: string, sign: 1 | -1): string {
  const s = (value: string) => (sign === 1 ? value : `-(${value})`);
  const weekCols = weekMetrics.map(([c]) => c);
  const questionCols = questionMetrics.map(([c]) => c);
  const lines = [
    `INSERT INTO progress_week (week, ${weekCols.join(', ')}) VALUES (${weekOf(day)}, ${weekMetrics.map(([, v]) => s(v(r))).join(', ')})
       ON CONFLICT (week) DO UPDATE SET ${addAll(weekCols)};`,
    `INSERT INTO progress_day (day, answers, rated, confidence_sum) VALUES (${day}, ${s('1')}, ${s(iff(rated(r)))}, ${s(iff(rated(r), rating(r)))})
       ON CONFLICT (day) DO UPDATE SET ${addAll(['answers', 'rated', 'confidence_sum'])};`,
    `INSERT INTO progress_category_week (category, week, rated, confidence_sum)
       SELECT coalesce(${categoryOf(r)}, ''), ${weekOf(day)}, ${s('1')}, ${s(rating(r))} WHERE ${rated(r)}
       ON CONFLICT (category, week) DO UPDATE SET ${addAll(['rated', 'confidence_sum'])};`,
    `INSERT INTO progress_question (question_id, ${questionCols.join(', ')}) VALUES (${r}.question_id, ${questionMetrics.map(([, v]) => s(v(r))).join(', ')})
       ON CONFLICT (question_id) DO UPDATE SET ${addAll(questionCols)};`,
  ];
  if (sign === -1) {
    lines.push(
      `DELETE FROM progress_week WHERE week = ${weekOf(day)} AND answers = 0 AND sessions = 0;`,
      `DELETE FROM progress_day WHERE day = ${day} AND answers = 0;`,
      `DELETE FROM progress_category_week WHERE week = ${weekOf(day)} AND rated = 0;`,
    );
  }
  return lines.join('\n');
}

/** Last-answered time and recent confidence of question `id`, from its answers (index answers_question). */
const refreshQuestion = (id: string) => `
  UPDATE progress_question SET
    last_answered_at = (SELECT max(answered_at) FROM answers WHERE question_id = ${id}),
    recent_avg = (SELECT avg(c) FROM (SELECT ${countedRatingSql('answers')} AS c FROM answers
                  WHERE question_id = ${id} AND skipped = 0 ORDER BY answered_at DESC, id DESC LIMIT ${recentWindow}))
  WHERE question_id = ${id};
  DELETE FROM progress_question WHERE question_id = ${id} AND answers = 0;`;

/**
 * A session is counted once, in the week of its earliest answer, with its ratings
 * (at most 20 answers, read through the (session_id, position) index); this
 * keeps that true after any change to its answers.
 */
const syncSession = (session: string) => `
  DELETE FROM progress_session WHERE session_id = ${session} AND NOT EXISTS (SELECT 1 FROM answers WHERE session_id = ${session});
  INSERT INTO progress_session (session_id, day, rated, confidence_sum)
    SELECT ${session}, min(a.local_day), sum(${iff(rated('a'))}), sum(${iff(rated('a'), rating('a'))}) FROM answers a
    WHERE a.session_id = ${session} HAVING count(*) > 0
    ON CONFLICT (session_id) DO UPDATE SET day = excluded.day, rated = excluded.rated, confidence_sum = excluded.confidence_sum;`;

const newDay = `coalesce(NEW.local_day, date(NEW.answered_at, 'localtime'))`;
const oldDay = `coalesce(OLD.local_day, date(OLD.answered_at, 'localtime'))`;
const movedDay = `(CASE WHEN NEW.answered_at IS OLD.answered_at THEN ${oldDay} ELSE date(NEW.answered_at, 'localtime') END)`;
const watched =
  'session_id, question_id, skipped, confidence, review_confidence, time_used_ms, time_limit_ms, cut_off_at_limit, self_check, answered_at';

/** Every trigger is named `progress_*`, so restore and import can set them aside while they copy rollups whole. */
export const rollupTriggers = `
  CREATE TRIGGER progress_answer_insert AFTER INSERT ON answers BEGIN
    UPDATE answers SET local_day = ${newDay} WHERE id = NEW.id AND local_day IS NOT ${newDay};
    ${contribution('NEW', newDay, 1)}
    ${refreshQuestion('NEW.question_id')}
    ${syncSession('NEW.session_id')}
  END;
  CREATE TRIGGER progress_answer_delete AFTER DELETE ON answers BEGIN
    ${contribution('OLD', oldDay, -1)}
    ${refreshQuestion('OLD.question_id')}
    ${syncSession('OLD.session_id')}
  END;
  CREATE TRIGGER progress_answer_update AFTER UPDATE OF ${watched} ON answers BEGIN
    ${contribution('OLD', oldDay, -1)}
    UPDATE answers SET local_day = ${movedDay} WHERE id = NEW.id AND local_day IS NOT ${movedDay};
    ${contribution('NEW', movedDay, 1)}
    ${refreshQuestion('OLD.question_id')}
    ${refreshQuestion('NEW.question_id')}
    ${syncSession('OLD.session_id')}
    ${syncSession('NEW.session_id')}
  END;
  CREATE TRIGGER progress_session_insert AFTER INSERT ON progress_session BEGIN
    INSERT INTO progress_week (week, sessions) VALUES (${weekOf('NEW.day')}, 1) ON CONFLICT (week) DO UPDATE SET sessions = sessions + 1;
  END;
  CREATE TRIGGER progress_session_delete AFTER DELETE ON progress_session BEGIN
    UPDATE progress_week SET sessions = sessions - 1 WHERE week = ${weekOf('OLD.day')};
    DELETE FROM progress_week WHERE week = ${weekOf('OLD.day')} AND answers = 0 AND sessions = 0;
  END;
  CREATE TRIGGER progress_session_move AFTER UPDATE OF day ON progress_session WHEN OLD.day IS NOT NEW.day BEGIN
    UPDATE progress_week SET sessions = sessions - 1 WHERE week = ${weekOf('OLD.day')};
    DELETE FROM progress_week WHERE week = ${weekOf('OLD.day')} AND answers = 0 AND sessions = 0;
    INSERT INTO progress_week (week, sessions) VALUES (${weekOf('NEW.day')}, 1) ON CONFLICT (week) DO UPDATE SET sessions = sessions + 1;
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
      SELECT OLD.category, ${weekOf('a.local_day')} AS w, -count(*), -sum(${rating('a')}) FROM answers a
      WHERE a.question_id = NEW.id AND a.skipped = 0 GROUP BY w
      ON CONFLICT (category, week) DO UPDATE SET ${addAll(['rated', 'confidence_sum'])};
    INSERT INTO progress_category_week (category, week, rated, confidence_sum)
      SELECT NEW.category, ${weekOf('a.local_day')} AS w, count(*), sum(${rating('a')}) FROM answers a
      WHERE a.question_id = NEW.id AND a.skipped = 0 GROUP BY w
      ON CONFLICT (category, week) DO UPDATE SET ${addAll(['rated', 'confidence_sum'])};
    DELETE FROM progress_category_week WHERE category = OLD.category AND rated = 0;
  END;
  ${planRollupTriggers}
`;

/**
 * Fills every rollup from the answers table with one INSERT…SELECT GROUP BY
 * each: the migration's backfill, and the rebuild after an import. Answers
 * without a local day get the one they would have been given when saved.
 */
export function rebuildRollups(db: Database): void {
  db.exec(rollupBackfill);
}

const weekCols = weekMetrics.map(([c]) => c);
const questionCols = questionMetrics.map(([c]) => c);
/** The SQL of `rebuildRollups` (a migration that changes the rollups keeps a frozen copy of it). */
export const rollupBackfill = `
    ${rollupTables.map((t) => `DELETE FROM ${t};`).join('\n')}
    UPDATE answers SET local_day = date(answered_at, 'localtime') WHERE local_day IS NULL;
    INSERT INTO progress_week (week, ${weekCols.join(', ')})
      SELECT ${weekOf('a.local_day')} AS w, ${weekMetrics.map(([, v]) => `sum(${v('a')})`).join(', ')}
      FROM answers a GROUP BY w;
    INSERT INTO progress_day (day, answers, rated, confidence_sum)
      SELECT local_day, count(*), sum(${iff(rated('a'))}), sum(${iff(rated('a'), rating('a'))}) FROM answers a GROUP BY local_day;
    DELETE FROM progress_run;
    INSERT INTO progress_run (start, end, days)
      SELECT min(day), max(day), count(*) FROM (SELECT day, julianday(day) - row_number() OVER (ORDER BY day) AS island FROM progress_day)
      GROUP BY island;
    INSERT INTO progress_category_week (category, week, rated, confidence_sum)
      SELECT q.category, ${weekOf('a.local_day')} AS w, count(*), sum(${rating('a')})
      FROM answers a JOIN questions q ON q.id = a.question_id WHERE a.skipped = 0 GROUP BY q.category, w;
    INSERT INTO progress_question (question_id, ${questionCols.join(', ')}, last_answered_at)
      SELECT a.question_id, ${questionMetrics.map(([, v]) => `sum(${v('a')})`).join(', ')}, max(a.answered_at)
      FROM answers a GROUP BY a.question_id;
    UPDATE progress_question SET recent_avg = (
      SELECT avg(c) FROM (SELECT ${countedRatingSql('answers')} AS c FROM answers
      WHERE question_id = progress_question.question_id AND skipped = 0 ORDER BY answered_at DESC, id DESC LIMIT ${recentWindow}));
    INSERT INTO progress_session (session_id, day, rated, confidence_sum)
      SELECT session_id, min(local_day), sum(${iff(rated('a'))}), sum(${iff(rated('a'), rating('a'))}) FROM answers a GROUP BY session_id;
    UPDATE progress_week SET sessions = 0;
    INSERT INTO progress_week (week, sessions) SELECT ${weekOf('day')} AS w, count(*) FROM progress_session WHERE true GROUP BY w
      ON CONFLICT (week) DO UPDATE SET sessions = excluded.sessions;
    ${planRollupBackfill}
  `;
