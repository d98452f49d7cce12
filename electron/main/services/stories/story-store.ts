import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import type { Story, StoryFields, StoryQuestion, StorySummary, StoryUse, StoryUseInput } from '../../../../shared/domain/stories/stories';
import { requireQuestion } from '../questions/question-queries';

interface StoryRow {
  id: number;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  created_at: string;
  updated_at: string;
  competencies: string | null;
  question_count: number;
  use_count: number;
  last_rehearsed_at: string | null;
}

// One row per story with its competencies (JSON, in the order added) and counts. The last rehearsal is the
// latest answer given in a mock interview started to rehearse it.
const storySelect = `
  SELECT s.*,
    (SELECT json_group_array(competency) FROM (SELECT competency FROM story_competencies c WHERE c.story_id = s.id ORDER BY c.competency COLLATE NOCASE)) AS competencies,
    (SELECT count(*) FROM question_stories qs JOIN questions q ON q.id = qs.question_id WHERE qs.story_id = s.id AND q.archived_at IS NULL) AS question_count,
    (SELECT count(*) FROM story_uses u WHERE u.story_id = s.id) AS use_count,
    (SELECT max(a.answered_at) FROM story_rehearsals r JOIN answers a ON a.session_id = r.session_id WHERE r.story_id = s.id) AS last_rehearsed_at
  FROM stories s`;

function summaryOf(row: StoryRow): StorySummary {
  return {
    id: row.id,
    title: row.title,
    competencies: row.competencies ? (JSON.parse(row.competencies) as string[]) : [],
    questionCount: row.question_count,
    useCount: row.use_count,
    lastRehearsedAt: row.last_rehearsed_at,
    updatedAt: row.updated_at,
  };
}

/** Stories: SQL for the story bank (migration 8), prepared once per database. */
export function storyStore(db: Database) {
  const all = db.prepare<[], StoryRow>(`${storySelect} ORDER BY s.updated_at DESC, s.id DESC`);
  const byId = db.prepare<{ id: number }, StoryRow>(`${storySelect} WHERE s.id = @id`);
  const forQuestion = db.prepare<{ questionId: number }, StoryRow>(
    `${storySelect} WHERE s.id IN (SELECT story_id FROM question_stories WHERE question_id = @questionId) ORDER BY s.title COLLATE NOCASE`,
  );
  const questionsOf = db.prepare<{ id: number }, { question_id: number; bank_id: number; text: string; category: string }>(`
    SELECT q.id AS question_id, q.bank_id, q.text, q.category FROM question_stories qs JOIN questions q ON q.id = qs.question_id
    WHERE qs.story_id = @id AND q.archived_at IS NULL ORDER BY qs.linked_at, q.id`);
  const usesOf = db.prepare<{ id: number }, { id: number; company: string; used_on: string | null; interview_id: number | null }>(
    'SELECT id, company, used_on, interview_id FROM story_uses WHERE story_id = @id ORDER BY used_on IS NULL, used_on DESC, id DESC',
  );
  const insert = db.prepare<StoryFields & { at: string }>(
    'INSERT INTO stories (title, situation, task, action, result, created_at, updated_at) VALUES (@title, @situation, @task, @action, @result, @at, @at)',
  );
  const update = db.prepare<StoryFields & { id: number; at: string }>(
    'UPDATE stories SET title = @title, situation = @situation, task = @task, action = @action, result = @result, updated_at = @at WHERE id = @id',
  );
  const touch = db.prepare<{ id: number; at: string }>('UPDATE stories SET updated_at = @at WHERE id = @id');
  const clearCompetencies = db.prepare<{ id: number }>('DELETE FROM story_competencies WHERE story_id = @id');
  const addCompetency = db.prepare<{ id: number; competency: string }>(
    'INSERT OR IGNORE INTO story_competencies (story_id, competency) VALUES (@id, @competency)',
  );
  const remove = db.prepare<{ id: number }>('DELETE FROM stories WHERE id = @id');
  const link = db.prepare<{ storyId: number; questionId: number; at: string }>(
    'INSERT OR IGNORE INTO question_stories (question_id, story_id, linked_at) VALUES (@questionId, @storyId, @at)',
  );
  const unlink = db.prepare<{ storyId: number; questionId: number }>(
    'DELETE FROM question_stories WHERE question_id = @questionId AND story_id = @storyId',
  );
  const interviewCompany = db.prepare<{ id: number }, { company: string }>('SELECT company FROM interviews WHERE id = @id');
  const insertUse = db.prepare<{ storyId: number; company: string; usedOn: string | null; interviewId: number | null; at: string }>(
    'INSERT INTO story_uses (story_id, interview_id, company, used_on, created_at) VALUES (@storyId, @interviewId, @company, @usedOn, @at)',
  );
  const removeUse = db.prepare<{ storyId: number; useId: number }>('DELETE FROM story_uses WHERE id = @useId AND story_id = @storyId');
  const userCompetencies = db.prepare<[], { competency: string }>(
    'SELECT competency FROM story_competencies GROUP BY competency ORDER BY competency COLLATE NOCASE',
  );

  function get(id: number): Story {
    const row = byId.get({ id });
    if (!row) throw new AppError('not_found', 'That story no longer exists.', [{ path: 'id', message: 'No such story' }]);
    const questions: StoryQuestion[] = questionsOf
      .all({ id })
      .map((q) => ({ questionId: q.question_id, bankId: q.bank_id, text: q.text, category: q.category }));
    const uses: StoryUse[] = usesOf
      .all({ id })
      .map((u) => ({ id: u.id, company: u.company, usedOn: u.used_on, interviewId: u.interview_id }));
    return {
      ...summaryOf(row),
      situation: row.situation,
      task: row.task,
      action: row.action,
      result: row.result,
      createdAt: row.created_at,
      questions,
      uses,
    };
  }

  function setCompetencies(id: number, competencies: readonly string[]): void {
    clearCompetencies.run({ id });
    for (const competency of competencies) addCompetency.run({ id, competency });
  }

  return {
    list: (): StorySummary[] => all.all().map(summaryOf),
    get,
    forQuestion: (questionId: number): StorySummary[] => forQuestion.all({ questionId }).map(summaryOf),
    /** Every competency on some story, for the picker (the built-in ones are added by the caller). */
    competenciesInUse: (): string[] => userCompetencies.all().map((r) => r.competency),

    /** Creates a story (linked to `questionId` when given); returns its id. */
    create(fields: StoryFields, questionId: number | undefined, now: Date): number {
      const at = now.toISOString();
      if (questionId !== undefined) requireQuestion(db, questionId);
      const id = Number(insert.run({ ...fields, at }).lastInsertRowid);
      setCompetencies(id, fields.competencies);
      if (questionId !== undefined) link.run({ storyId: id, questionId, at });
      return id;
    },

    update(id: number, fields: StoryFields, now: Date): void {
      get(id);
      update.run({ ...fields, id, at: now.toISOString() });
      setCompetencies(id, fields.competencies);
    },

    remove(id: number): void {
      get(id);
      remove.run({ id });
    },

    link(storyId: number, questionId: number, now: Date): void {
      get(storyId);
      requireQuestion(db, questionId);
      link.run({ storyId, questionId, at: now.toISOString() });
      touch.run({ id: storyId, at: now.toISOString() });
    },

    unlink(storyId: number, questionId: number, now: Date): void {
      get(storyId);
      if (unlink.run({ storyId, questionId }).changes > 0) touch.run({ id: storyId, at: now.toISOString() });
    },

    /** Records a use; with an interview, the company is the interview's (so it stays right if the log is corrected). */
    addUse(storyId: number, use: StoryUseInput, now: Date): void {
      get(storyId);
      let company = use.company;
      if (use.interviewId !== null) {
        const interview = interviewCompany.get({ id: use.interviewId });
        if (!interview)
          throw new AppError('not_found', 'That interview is no longer in your log.', [
            { path: 'use.interviewId', message: 'No such interview' },
          ]);
        company = interview.company;
      }
      insertUse.run({ storyId, company, usedOn: use.usedOn, interviewId: use.interviewId, at: now.toISOString() });
      touch.run({ id: storyId, at: now.toISOString() });
    },

    removeUse(storyId: number, useId: number, now: Date): void {
      get(storyId);
      if (removeUse.run({ storyId, useId }).changes === 0) throw new AppError('not_found', 'That use of the story was already removed.');
      touch.run({ id: storyId, at: now.toISOString() });
    },
  };
}
export type StoryStore = ReturnType<typeof storyStore>;
