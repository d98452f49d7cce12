import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import { maxQuestionsPerSession, type SessionSetup } from '../../../../shared/domain/sessions';
import { competencyPrompt } from '../../../../shared/domain/stories/stories';
import { createQuestion, ensureBankNamed } from '../questions/question-writes';
import type { StoryStore } from './story-store';
import { elide } from '../../../../shared/domain/text-limits';
import { questionLimits } from '../../../../shared/domain/questions';

/** The bank the rehearsal prompts live in: made on first use, an ordinary bank the user may edit or practise from. */
export const rehearsalBankName = 'Story rehearsal';
const rehearsalBankDescription =
  '“Tell me about a time you…” questions, one per competency, asked when you rehearse a story from My stories.';

const rehearsalGuidance =
  'Tell one story in STAR order: the situation, your task, the actions you took (say “I”), and the result, with a number if you can.';

/** Starts a session with explicit question ids; returns its id (the sessions service's `start`). */
export type StartSession = (setup: SessionSetup, questionIds: number[]) => number;

/**
 * Rehearsing a story (issue 14, item 5) as a mock interview. First the
 * questions the user linked the story to (the real questions it answers, in
 * the order they were linked), then one "Tell me about a time you…" question
 * per competency, kept in the "Story rehearsal" bank (reused, linked to the
 * story). The session starts with the user's timing and keeps that order, and
 * is recorded against the story, so its answers are the story's rehearsals.
 * The runner needs no change: these are ordinary questions. Throws
 * `invalid_input` (nothing written) when the story has neither linked
 * questions nor competencies.
 */
export function storyRehearsal(db: Database, stories: StoryStore, startSession: StartSession) {
  const liveInBank = db.prepare<{ bankId: number; text: string }, { id: number }>(
    'SELECT id FROM questions WHERE bank_id = @bankId AND text = @text COLLATE NOCASE AND archived_at IS NULL LIMIT 1',
  );
  const recordRehearsal = db.prepare<{ storyId: number; sessionId: number }>(
    'INSERT OR IGNORE INTO story_rehearsals (story_id, session_id) VALUES (@storyId, @sessionId)',
  );

  /** The rehearsal bank's prompt question for `competency` (made on first use), linked to the story. */
  function promptQuestion(bankId: number, storyId: number, competency: string, now: Date): number {
    const text = competencyPrompt(competency);
    const id =
      liveInBank.get({ bankId, text })?.id ??
      createQuestion(
        db,
        { bankId, text, category: 'Competency', tags: [elide(competency, questionLimits.tagMax)], star: true, guidance: rehearsalGuidance },
        now,
      ).id;
    stories.link(storyId, id, now);
    return id;
  }

  return {
    start(storyId: number, setup: SessionSetup, now: Date): number {
      return db.transaction(() => {
        const story = stories.get(storyId);
        if (story.competencies.length === 0 && story.questions.length === 0) {
          throw new AppError('invalid_input', 'Link a question to this story, or choose a competency it shows, before rehearsing it.', [
            { path: 'storyId', message: 'The story has no linked questions and no competencies' },
          ]);
        }
        const bankId = story.competencies.length > 0 ? ensureBankNamed(db, rehearsalBankName, rehearsalBankDescription, now) : null;
        // Prompts linked by earlier rehearsals come from the competencies below, so a competency removed since is not asked.
        const linked = story.questions.filter((q) => q.bankId !== bankId).map((q) => q.questionId);
        const prompts = bankId === null ? [] : story.competencies.map((c) => promptQuestion(bankId, storyId, c, now));
        const questionIds = [...new Set([...linked, ...prompts])].slice(0, maxQuestionsPerSession);
        const sessionId = startSession({ ...setup, count: questionIds.length, order: 'random' }, questionIds);
        recordRehearsal.run({ storyId, sessionId });
        return sessionId;
      })();
    },
  };
}
