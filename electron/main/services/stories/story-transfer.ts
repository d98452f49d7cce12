import type { Database } from 'better-sqlite3';
import type { DocumentStory } from '../../../../shared/domain/import-export/document';
import type { ExportStory } from '../../../../shared/domain/import-export/story-format';
import { duplicateKey } from '../../../../shared/domain/questions';
import { foldKey } from '../../../../shared/domain/text-rules';
import { storyStore } from './story-store';

/**
 * The stories to put in a JSON bank file: every story for a whole-library export, else only the
 * stories linked to an exported question. Links to questions outside the file are dropped (the
 * file must stand alone); uses keep company and day (the interview log does not travel in it).
 */
export function exportStories(
  db: Database,
  places: ReadonlyMap<number, { bank: number; question: number }>,
  everything: boolean,
): ExportStory[] {
  const store = storyStore(db);
  const linkRows = db
    .prepare<[], { story_id: number; question_id: number }>(
      'SELECT story_id, question_id FROM question_stories ORDER BY linked_at, question_id',
    )
    .all();
  const out: ExportStory[] = [];
  for (const summary of [...store.list()].reverse()) {
    const refs = linkRows.filter((l) => l.story_id === summary.id && places.has(l.question_id)).map((l) => places.get(l.question_id)!);
    if (!everything && refs.length === 0) continue;
    const story = store.get(summary.id);
    out.push({
      title: story.title,
      situation: story.situation,
      task: story.task,
      action: story.action,
      result: story.result,
      competencies: story.competencies,
      uses: story.uses.map((u) => ({ company: u.company, usedOn: u.usedOn })),
      questions: refs,
      createdAt: story.createdAt,
      updatedAt: story.updatedAt,
    });
  }
  return out;
}

/**
 * Writes a file's stories inside the import's transaction, after its questions: each story is
 * added (a story with the same title and STAR text already here is reused, so importing a file
 * twice does not double them) and linked to its questions, found by bank name and question text
 * (the duplicate rule), so a question skipped as a duplicate links the one already there.
 * Returns how many stories were added.
 */
export function importStories(db: Database, stories: readonly DocumentStory[], now: Date): number {
  const store = storyStore(db);
  const banks = db.prepare<[], { id: number; name: string }>('SELECT id, name FROM banks').all();
  const questionsIn = db.prepare<{ bankId: number }, { id: number; text: string }>(
    'SELECT id, text FROM questions WHERE bank_id = @bankId ORDER BY id',
  );
  const same = db.prepare<{ title: string; situation: string; task: string; action: string; result: string }, { id: number }>(
    'SELECT id FROM stories WHERE title = @title AND situation = @situation AND task = @task AND action = @action AND result = @result LIMIT 1',
  );
  const insertUse = db.prepare<{ storyId: number; company: string; usedOn: string | null; at: string }>(
    'INSERT INTO story_uses (story_id, company, used_on, created_at) VALUES (@storyId, @company, @usedOn, @at)',
  );
  const setTimes = db.prepare<{ id: number; createdAt: string; updatedAt: string }>(
    'UPDATE stories SET created_at = @createdAt, updated_at = @updatedAt WHERE id = @id',
  );
  let added = 0;
  for (const story of stories) {
    const { questions, uses, createdAt, updatedAt, ...fields } = story;
    let id = same.get(fields)?.id;
    const isNew = id === undefined;
    if (id === undefined) {
      id = store.create(fields, undefined, now);
      for (const use of uses) insertUse.run({ storyId: id, company: use.company, usedOn: use.usedOn, at: now.toISOString() });
      added++;
    }
    for (const ref of questions) {
      const bank = banks.find((b) => foldKey(b.name) === foldKey(ref.bankName));
      const question = bank && questionsIn.all({ bankId: bank.id }).find((q) => duplicateKey(q.text) === duplicateKey(ref.text));
      if (question) store.link(id, question.id, now);
    }
    if (isNew && createdAt && updatedAt) setTimes.run({ id, createdAt, updatedAt });
  }
  return added;
}
