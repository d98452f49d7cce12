import type { AnswerInput, RatingBase, SessionAnswer } from '../../../../shared/domain/answers';
import { applyEdit } from '../changed-elsewhere';

/**
 * The rating as the three-way merge compares it (issue 16, item 2). Skipped and confidence are ONE field
 * (`confidence`: a level 1–5, `'skipped'`, or null for no answer stored), so a merge can never make a skipped
 * answer with a confidence or a rated one without.
 */
interface RatingFields extends Record<string, unknown> {
  confidence: number | 'skipped' | null;
  selfCheck: RatingBase['selfCheck'];
  note: string;
  struggled: boolean;
}

/** How each field is named in the conflict message and issues. */
const labels: Record<keyof RatingFields & string, string> = {
  confidence: 'The confidence rating',
  selfCheck: 'The delivery self-check',
  note: 'The note',
  struggled: 'The “I struggled” box',
};

function fieldsOf(rating: RatingBase): RatingFields {
  return {
    confidence: rating.skipped ? 'skipped' : rating.confidence,
    selfCheck: rating.selfCheck,
    note: rating.note,
    struggled: rating.struggled,
  };
}

/**
 * What a rating save stores when another window may have saved the same position meanwhile. `stored` is the
 * answer now in the table (null: none yet), `input` the save with `base`, the rating fields as this window
 * loaded or last saved them. Fields this window did not change (same as base) keep the stored value, so
 * another window's edit of them survives; a field changed here AND, since base, elsewhere to something else
 * throws `conflict` naming it with the stored value as `saved` (`confidence` reads `'skipped'` for a skipped
 * answer, null for none), and nothing is written. The time used and the cut-off go with the rating they
 * were measured for: this window's when its rating is taken, else the stored ones. Without `base` (a client
 * that predates it) or without a stored answer, the input is stored as it is. Pure apart from the throw.
 */
export function mergeRating(stored: SessionAnswer | null, input: AnswerInput): AnswerInput {
  const { base, ...write } = input;
  if (!base || !stored) return write;
  const mine = fieldsOf(write);
  const merged = applyEdit(fieldsOf(stored), mine, fieldsOf(base), labels);
  const ratingIsMine = mine.confidence !== fieldsOf(base).confidence;
  const skipped = merged.confidence === 'skipped';
  return {
    ...write,
    skipped,
    confidence: typeof merged.confidence === 'number' ? merged.confidence : null,
    selfCheck: merged.selfCheck,
    note: merged.note,
    struggled: merged.struggled,
    timeUsedMs: ratingIsMine ? write.timeUsedMs : stored.timeUsedMs,
    cutOffAtLimit: ratingIsMine ? write.cutOffAtLimit : stored.cutOffAtLimit,
  };
}
