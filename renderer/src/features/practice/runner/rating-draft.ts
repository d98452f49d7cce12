import { emptySelfCheck, type SelfCheck, type SessionAnswer } from '../../../../../shared/domain/sessions';

/** What the rating panel holds; saved as soon as it has a confidence. */
export interface RatingDraft {
  confidence: number | null;
  selfCheck: SelfCheck;
  note: string;
  struggled: boolean;
}

export function draftFrom(answer: SessionAnswer | null): RatingDraft {
  if (!answer || answer.skipped) return { confidence: null, selfCheck: emptySelfCheck(), note: '', struggled: false };
  return { confidence: answer.confidence, selfCheck: answer.selfCheck, note: answer.note, struggled: answer.struggled };
}

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };
