import type { Database } from 'better-sqlite3';
import { summaryPosition, type StepDrafts, type StepName } from '../../../../shared/domain/reflection/drafts';
import type { AddedQuestion, EmailKind } from '../../../../shared/domain/reflection/reflection';
import type { SaveOutcome, VersionedChanges } from '../../../../shared/domain/row-version';
import { versionedSave } from '../versioned-save';
import { draftsFromRow, type ReflectionRow, stepColumns } from './rows';

interface QuestionLinkRow {
  item_key: string;
  question_id: number;
  bank_id: number;
  due_by: string | null;
}

/** The reflection row of each interview: step drafts, position, email sent dates. Callers check the interview exists. */
export function reflectionStore(db: Database) {
  const ensure = db.prepare<{ interviewId: number; now: string }>(`
    INSERT INTO reflections (interview_id, created_at, updated_at) VALUES (@interviewId, @now, @now)
    ON CONFLICT (interview_id) DO NOTHING`);
  const select = db.prepare<{ interviewId: number }, ReflectionRow>('SELECT * FROM reflections WHERE interview_id = @interviewId');
  const selectAllForInterviews = db.prepare<[], ReflectionRow>('SELECT * FROM reflections WHERE interview_id IS NOT NULL');
  // Column names come from the fixed stepColumns table, never from input. Only when the row still has the
  // version the merge was made against (the caller's transaction holds it).
  const saveSteps = db.prepare<Record<string, string | number>>(`
    UPDATE reflections SET ${Object.values(stepColumns)
      .map((column) => `${column} = @${column}`)
      .join(', ')}, updated_at = @now, version = @version
    WHERE interview_id = @interviewId AND version = @version - 1`);
  const setStep = db.prepare<
    { interviewId: number; step: number; finish: 0 | 1; now: string },
    Pick<ReflectionRow, 'current_step' | 'finished_at'>
  >(`
    UPDATE reflections SET current_step = @step, updated_at = @now, version = version + 1,
      finished_at = CASE WHEN @finish = 1 AND finished_at IS NULL THEN @now ELSE finished_at END
    WHERE interview_id = @interviewId
    RETURNING current_step, finished_at`);
  const markSent = {
    thank_you: db.prepare<{ interviewId: number; sentOn: string | null; now: string }>(
      'UPDATE reflections SET thank_you_sent_on = @sentOn, updated_at = @now, version = version + 1 WHERE interview_id = @interviewId',
    ),
    feedback_request: db.prepare<{ interviewId: number; sentOn: string | null; now: string }>(
      'UPDATE reflections SET feedback_request_sent_on = @sentOn, updated_at = @now, version = version + 1 WHERE interview_id = @interviewId',
    ),
  };
  const questionLinks = db.prepare<{ reflectionId: number }, QuestionLinkRow>(`
    SELECT l.item_key, l.question_id, q.bank_id, l.due_by
    FROM reflection_questions l JOIN questions q ON q.id = l.question_id
    WHERE l.reflection_id = @reflectionId ORDER BY l.added_at`);
  const linkQuestion = db.prepare<{ reflectionId: number; itemKey: string; questionId: number; dueBy: string | null; now: string }>(`
    INSERT INTO reflection_questions (reflection_id, item_key, question_id, due_by, added_at)
    VALUES (@reflectionId, @itemKey, @questionId, @dueBy, @now)`);

  function ensureRow(interviewId: number, now: Date): ReflectionRow {
    ensure.run({ interviewId, now: now.toISOString() });
    return select.get({ interviewId })!;
  }

  return {
    ensureRow,
    find: (interviewId: number): ReflectionRow | undefined => select.get({ interviewId }),
    allForInterviews: (): ReflectionRow[] => selectAllForInterviews.all(),
    /**
     * Saves the step drafts the user changed against the version they were based on (merged, or refused as a
     * conflict that writes nothing: see `versionedSave`). Callers check the interview exists.
     */
    saveSteps(interviewId: number, write: VersionedChanges<StepDrafts>, now: Date): SaveOutcome<StepDrafts> {
      return db.transaction(() => {
        const row = ensureRow(interviewId, now);
        return versionedSave({ values: draftsFromRow(row), version: row.version }, write, now, (drafts, version, savedAt) => {
          const columns = Object.fromEntries(
            (Object.keys(stepColumns) as StepName[]).map((name) => [stepColumns[name], JSON.stringify(drafts[name])]),
          );
          const changed = saveSteps.run({ interviewId, version, now: savedAt, ...columns });
          if (changed.changes !== 1) throw new Error(`reflections row of interview ${interviewId} changed during its own transaction`);
        });
      })();
    },
    setStep(interviewId: number, step: number, now: Date) {
      return db.transaction(() => {
        ensureRow(interviewId, now);
        const row = setStep.get({ interviewId, step, finish: step === summaryPosition ? 1 : 0, now: now.toISOString() })!;
        return { currentStep: row.current_step, finishedAt: row.finished_at };
      })();
    },
    markEmailSent(interviewId: number, kind: EmailKind, sentOn: string | null, now: Date) {
      return db.transaction(() => {
        ensureRow(interviewId, now);
        markSent[kind].run({ interviewId, sentOn, now: now.toISOString() });
        const row = select.get({ interviewId })!;
        return { thankYouSentOn: row.thank_you_sent_on, feedbackRequestSentOn: row.feedback_request_sent_on };
      })();
    },
    addedQuestions(reflectionId: number): AddedQuestion[] {
      return questionLinks
        .all({ reflectionId })
        .map((row) => ({ itemKey: row.item_key, questionId: row.question_id, bankId: row.bank_id, dueBy: row.due_by }));
    },
    linkQuestion(link: { reflectionId: number; itemKey: string; questionId: number; dueBy: string | null }, now: Date): void {
      linkQuestion.run({ ...link, now: now.toISOString() });
    },
  };
}
export type ReflectionStore = ReturnType<typeof reflectionStore>;
