import { z } from 'zod';
import { idSchema } from '../domain/reflection/interview';
import { channel } from './channel';

/** Most questions one interview's list holds (the table's position check allows 0–99). */
export const maxAsksPerInterview = 100;

/** A question to ask the interviewer, as the "My questions to ask" list shows it. */
export interface AskQuestion {
  questionId: number;
  text: string;
  category: string;
  guidance: string;
  bankName: string;
}

/** One interview's list: the questions chosen, in the order to ask them, and the others to choose from. */
export interface InterviewAsks {
  interviewId: number;
  company: string;
  role: string;
  /** The start when a time was given (ISO), else null; `heldOn` is the day either way. */
  heldAt: string | null;
  heldOn: string;
  chosen: AskQuestion[];
  available: AskQuestion[];
}

const byInterview = z.strictObject({ interviewId: idSchema });

/** "My questions to ask": untimed, saved with an interview (issue 14, item 2). */
export const interviewAskChannels = {
  'reflection.getAsks': channel(byInterview).returns<InterviewAsks>(),
  /** Replaces the list with `questionIds`, in order; each must be a live question of a bank of questions to ask. */
  'reflection.saveAsks': channel(
    z.strictObject({
      interviewId: idSchema,
      questionIds: z
        .array(idSchema)
        .max(maxAsksPerInterview)
        .refine((ids) => new Set(ids).size === ids.length, 'A question can be on the list once'),
      /**
       * The list as this page last loaded or saved it: questions another window added or removed since are merged
       * with this change (shared/domain/list-merge), not overwritten. Without it, `questionIds` replaces the list.
       */
      base: z.array(idSchema).max(maxAsksPerInterview).optional(),
    }),
  ).returns<InterviewAsks>(),
};
