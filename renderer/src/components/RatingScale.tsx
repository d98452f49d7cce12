import type { ReactNode } from 'react';
import { errorId } from '../lib/field-errors';
import { FieldError } from './FieldError';
import './rating-scale.css';

/** The 1–5 scale's values, in order. */
export const ratingValues = [1, 2, 3, 4, 5] as const;

export interface RatingScaleProps {
  /** The radio group's name; unique on the page (e.g. `re-rate-3`). */
  name: string;
  legend: ReactNode;
  value: number | null;
  onChange: (value: number) => void;
  /**
   * How each point is worded. `each`: a word per value, shown beside it and read as "4 – Confident" (the
   * confidence scale); `ends`: words for 1 and 5 only, read as "1 (Poor fit)", shown under the scale.
   */
  words: { each: readonly [string, string, string, string, string] } | { low: string; high: string };
  error?: string | undefined;
  /** `large`: the big buttons of the rating step; `compact` (default): a row of small ones. */
  size?: 'large' | 'compact';
}

/**
 * The one 1–5 rating in the app: a group of radio buttons (arrow keys move, the legend names the group),
 * with an optional error linked by aria-describedby. Used for answer confidence, re-rating after replay
 * and the reflection's self-ratings.
 */
export function RatingScale({ name, legend, value, onChange, words, error, size = 'compact' }: RatingScaleProps) {
  const messageId = errorId('rating', name);
  const nameOf = (n: number) => {
    if ('each' in words) return `${n} – ${words.each[n - 1]}`;
    return n === 1 ? `1 (${words.low})` : n === 5 ? `5 (${words.high})` : String(n);
  };
  return (
    <fieldset
      className={`rating-scale rating-scale-${size}`}
      aria-describedby={error ? messageId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      <div className="rating-options">
        {ratingValues.map((n) => (
          <label key={n} className="rating-option">
            <input type="radio" name={name} value={n} checked={value === n} aria-label={nameOf(n)} onChange={() => onChange(n)} />
            <span className="rating-value" aria-hidden="true">
              {n}
            </span>
            {'each' in words && (
              <span className="rating-word" aria-hidden="true">
                {words.each[n - 1]}
              </span>
            )}
          </label>
        ))}
      </div>
      {'low' in words && (
        <p className="rating-ends muted" aria-hidden="true">
          <span>1 = {words.low}</span>
          <span>5 = {words.high}</span>
        </p>
      )}
      <FieldError id={messageId} message={error} />
    </fieldset>
  );
}
