import { formatCount, mergedOverMaxMessage } from '../../../../shared/domain/limit-messages';
import type { Database } from 'better-sqlite3';
import { heldOnOf } from '../../../../shared/domain/reflection/interview-when';
import { type AskQuestion, type InterviewAsks, maxAsksPerInterview } from '../../../../shared/contract/interview-asks';
import { mergeList } from '../../../../shared/domain/list-merge';
import { AppError, fieldError } from '../../../../shared/contract/result';
import type { FeatureDeps } from '../../feature-deps';
import type { HandlersFor } from '../../ipc/handlers';

interface AskRow {
  question_id: number;
  text: string;
  category: string;
  guidance: string;
  bank_name: string;
}

const askFromRow = (row: AskRow): AskQuestion => ({
  questionId: row.question_id,
  text: row.text,
  category: row.category,
  guidance: row.guidance,
  bankName: row.bank_name,
});

/** Live questions of banks whose purpose is 'ask' (questions to ask the interviewer). */
const liveAsks = `questions q JOIN banks b ON b.id = q.bank_id
  WHERE b.purpose = 'ask' AND q.archived_at IS NULL AND b.archived_at IS NULL`;

/**
 * "My questions to ask" per interview: the questions the user picked, in order (table `interview_asks`,
 * migration 8). Saving replaces the whole list in one transaction; an unknown interview, or a question that
 * is not a live question to ask, refuses the save and writes nothing.
 */
export function interviewAsks(db: Database) {
  const interview = db.prepare<
    { id: number },
    { id: number; company: string; role: string; held_at: string | null; held_on: string | null }
  >('SELECT id, company, role, held_at, held_on FROM interviews WHERE id = @id');
  const chosen = db.prepare<{ id: number }, AskRow>(`
    SELECT q.id AS question_id, q.text, q.category, q.guidance, b.name AS bank_name
    FROM ${liveAsks} AND q.id IN (SELECT question_id FROM interview_asks WHERE interview_id = @id)
    ORDER BY (SELECT position FROM interview_asks WHERE interview_id = @id AND question_id = q.id)`);
  const all = db.prepare<[], AskRow>(`
    SELECT q.id AS question_id, q.text, q.category, q.guidance, b.name AS bank_name
    FROM ${liveAsks} ORDER BY b.name COLLATE NOCASE, q.category COLLATE NOCASE, q.id`);
  const isLiveAsk = db.prepare<{ id: number }, { yes: number }>(`SELECT 1 AS yes FROM ${liveAsks} AND q.id = @id`);
  const clear = db.prepare<{ id: number }>('DELETE FROM interview_asks WHERE interview_id = @id');
  const insert = db.prepare<{ interviewId: number; questionId: number; position: number }>(
    'INSERT INTO interview_asks (interview_id, question_id, position) VALUES (@interviewId, @questionId, @position)',
  );

  function get(interviewId: number): InterviewAsks {
    const row = interview.get({ id: interviewId });
    if (!row) throw new AppError('not_found', 'There is no such interview.');
    const picked = chosen.all({ id: interviewId }).map(askFromRow);
    const pickedIds = new Set(picked.map((q) => q.questionId));
    return {
      interviewId,
      company: row.company,
      role: row.role,
      heldAt: row.held_at,
      heldOn: heldOnOf(row.held_at, row.held_on),
      chosen: picked,
      available: all
        .all()
        .map(askFromRow)
        .filter((q) => !pickedIds.has(q.questionId)),
    };
  }

  const save = db.transaction((interviewId: number, questionIds: number[]) => {
    if (!interview.get({ id: interviewId })) throw new AppError('not_found', 'There is no such interview.');
    if (questionIds.length > maxAsksPerInterview)
      throw new AppError('conflict', mergedOverMaxMessage('The list', maxAsksPerInterview, questionIds.length), [
        // The stored list (theirs): the page shows it merged with this window's, so the user removes from all.
        {
          path: 'questionIds',
          message: `Remove ${formatCount(questionIds.length - maxAsksPerInterview)}.`,
          saved: chosen.all({ id: interviewId }).map((q) => q.question_id),
        },
      ]);
    questionIds.forEach((id, index) => {
      if (!isLiveAsk.get({ id }))
        throw fieldError(`questionIds.${index}`, 'This is not a question to ask the interviewer any more (archived, deleted or moved).');
    });
    clear.run({ id: interviewId });
    questionIds.forEach((questionId, position) => insert.run({ interviewId, questionId, position }));
  });

  return {
    get,
    save(interviewId: number, questionIds: number[]): InterviewAsks {
      save(interviewId, questionIds);
      return get(interviewId);
    },
  };
}

export function interviewAskHandlers(deps: Pick<FeatureDeps, 'db'>): HandlersFor<'reflection.getAsks' | 'reflection.saveAsks'> {
  const asks = interviewAsks(deps.db);
  return {
    'reflection.getAsks': ({ interviewId }) => asks.get(interviewId),
    'reflection.saveAsks': ({ interviewId, questionIds, base }) =>
      asks.save(
        interviewId,
        base
          ? mergeList(
              asks.get(interviewId).chosen.map((q) => q.questionId),
              questionIds,
              base,
              (id) => id,
            )
          : questionIds,
      ),
  };
}
