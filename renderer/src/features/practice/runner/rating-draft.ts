import type { RatingDraft, SessionAnswer } from '../../../../../shared/domain/answers';
import { emptySelfCheck } from '../../../../../shared/domain/sessions';

export function draftFrom(answer: SessionAnswer | null): RatingDraft {
  if (!answer || answer.skipped) return { confidence: null, selfCheck: emptySelfCheck(), note: '', struggled: false };
  return { confidence: answer.confidence, selfCheck: answer.selfCheck, note: answer.note, struggled: answer.struggled };
}

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };
