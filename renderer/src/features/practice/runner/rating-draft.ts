import type { ErrorData } from '../../../../../shared/contract/result';
import type { RatingDraft, SessionAnswer } from '../../../../../shared/domain/answers';
import { sameValue } from '../../../../../shared/domain/row-version';
import { emptySelfCheck } from '../../../../../shared/domain/sessions';

export function draftFrom(answer: SessionAnswer | null): RatingDraft {
  if (!answer || answer.skipped) return { confidence: null, selfCheck: emptySelfCheck(), note: '', struggled: false };
  return { confidence: answer.confidence, selfCheck: answer.selfCheck, note: answer.note, struggled: answer.struggled };
}

/** `conflict`: refused because another window changed the same field; the panel shows the choice, never "Saved". */
export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string } | { kind: 'conflict' };

/** One rating save's answer: the stored answer (null when nothing needed sending), or why it was not saved. */
export type RatingSaveResult = { ok: true; answer: SessionAnswer | null } | { ok: false; error: ErrorData };

const draftKeys = ['confidence', 'selfCheck', 'note', 'struggled'] as const;

/**
 * After a save answered with `answer` (possibly merged with another window's edit), the fields the panel
 * should take from it: those the user has not touched since sending `sent` (`draft` still equals `sent`)
 * and that the stored answer holds differently. A skipped answer brings no confidence.
 */
export function adoptedFrom(draft: RatingDraft, sent: RatingDraft, answer: SessionAnswer): Partial<RatingDraft> {
  const patch: Partial<RatingDraft> = {};
  for (const key of draftKeys) {
    if (key === 'confidence' && answer.skipped) continue;
    if (sameValue(draft[key], sent[key]) && !sameValue(answer[key], sent[key])) Object.assign(patch, { [key]: answer[key] });
  }
  return patch;
}

const adoptedLabels: Record<string, string> = {
  confidence: 'the confidence',
  selfCheck: 'the self-check',
  note: 'the note',
  struggled: '“I struggled”',
};
/** The fields another window changed, as the status line names them ("the note and the self-check"). */
export function adoptedNames(fields: string[]): string {
  return fields.map((field) => adoptedLabels[field] ?? field).join(' and ');
}
