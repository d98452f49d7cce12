import type { ReactNode } from 'react';
import { errorId } from './field-issues';

/** A message under a field, linked to it with aria-describedby. */
export function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}

interface RatingProps {
  name: string;
  legend: ReactNode;
  value: number | null;
  onChange: (value: number) => void;
  /** Words for 1 and 5, e.g. "Poor fit" and "Perfect fit". */
  low: string;
  high: string;
  error?: string | undefined;
}

/** A 1–5 rating as a group of radio buttons: arrow keys move, the legend names it. */
export function RatingField({ name, legend, value, onChange, low, high, error }: RatingProps) {
  const messageId = errorId('rating', name);
  return (
    <fieldset className="rating-field" aria-describedby={error ? messageId : undefined} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      <div className="rating-options">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="rating-option">
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              aria-label={n === 1 ? `1 (${low})` : n === 5 ? `5 (${high})` : String(n)}
              onChange={() => onChange(n)}
            />
            <span aria-hidden="true">{n}</span>
          </label>
        ))}
      </div>
      <p className="rating-scale muted" aria-hidden="true">
        <span>1 = {low}</span>
        <span>5 = {high}</span>
      </p>
      <FieldMessage id={messageId} message={error} />
    </fieldset>
  );
}
