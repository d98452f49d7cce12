import type { Database } from 'better-sqlite3';
import { draftFromStored } from '../../../../shared/domain/reflection/drafts';
import { interviewBankDescription, interviewBankName, type AddedQuestion } from '../../../../shared/domain/reflection/reflection';
import { createQuestion, ensureBankNamed } from '../questions/question-writes';
import type { InterviewStore } from './interview-store';
import type { ReflectionStore } from './reflection-store';
import { elide } from '../../../../shared/domain/text-limits';
import { questionLimits } from '../../../../shared/domain/questions';

/** The review schedule's hook: bring a question due before `dueBy`. */
export type ScheduleDueBy = (db: Database, questionId: number, dueBy: Date, now: Date) => void;

export interface StruggledQuestionInput {
  interviewId: number;
  itemKey: string;
  text: string;
  category: string;
  nextRoundOn: string | null;
}

/** Midnight at the start of a `YYYY-MM-DD` day in the user's time zone: practice must be done before the round's day. */
export function startOfLocalDay(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

/** By which local day after the reflection a struggled question comes back when no next round is known. */
export const struggledDueInDays = 1;

/**
 * The deadline used when no next round is known: the start of the local day
 * after `struggledDueInDays`. The question is due at once (it was never
 * practised), and the kept deadline means even a good first answer brings it
 * back by tomorrow — practised twice while the interview is fresh.
 */
export function withoutNextRound(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + struggledDueInDays + 1);
}

/**
 * Puts questions the user struggled with in a real interview into the
 * "From my interviews" bank and schedules them: before the next round with
 * that company when it is known, else within a day (`withoutNextRound`).
 */
export function struggledQuestions(db: Database, interviews: InterviewStore, reflections: ReflectionStore, scheduleDueBy: ScheduleDueBy) {
  const sameTextInBank = db.prepare<{ bankId: number; text: string }, { id: number }>(
    'SELECT id FROM questions WHERE bank_id = @bankId AND text = @text COLLATE NOCASE AND archived_at IS NULL LIMIT 1',
  );

  /** The next round: the date the user gave, else a later interview logged with the same company. */
  function dueByFor(input: StruggledQuestionInput, now: Date): Date | null {
    const interview = interviews.get(input.interviewId);
    const roundDay = input.nextRoundOn ?? draftFromStored('improve', reflections.find(input.interviewId)?.improve ?? null).nextRoundOn;
    const candidates: Date[] = [];
    if (roundDay) candidates.push(startOfLocalDay(roundDay));
    const nextInterview = interviews.nextWithSameCompany(interview);
    if (nextInterview) candidates.push(startOfLocalDay(nextInterview));
    const future = candidates.filter((d) => d.getTime() > now.getTime()).sort((a, b) => a.getTime() - b.getTime());
    return future[0] ?? null;
  }

  return {
    add(input: StruggledQuestionInput, now: Date): AddedQuestion {
      return db.transaction(() => {
        const interview = interviews.get(input.interviewId);
        const reflection = reflections.ensureRow(input.interviewId, now);
        const already = reflections.addedQuestions(reflection.id).find((q) => q.itemKey === input.itemKey);
        if (already) return already;

        const bankId = ensureBankNamed(db, interviewBankName, interviewBankDescription, now);
        // The same question struggled with in two interviews is practised once.
        const questionId =
          sameTextInBank.get({ bankId, text: input.text })?.id ??
          createQuestion(
            db,
            { bankId, text: input.text, category: input.category, tags: [elide(interview.company, questionLimits.tagMax)] },
            now,
          ).id;
        const dueBy = dueByFor(input, now);
        // With no next round known the question still comes back within days (issue 10, item 7).
        scheduleDueBy(db, questionId, dueBy ?? withoutNextRound(now), now);
        const link = { reflectionId: reflection.id, itemKey: input.itemKey, questionId, dueBy: dueBy?.toISOString() ?? null };
        reflections.linkQuestion(link, now);
        return { itemKey: input.itemKey, questionId, bankId, dueBy: link.dueBy };
      })();
    },
  };
}
