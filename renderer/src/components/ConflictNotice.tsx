import { useId } from 'react';
import type { FieldValues } from '../../../shared/domain/row-version';
import type { AutosaveState } from '../lib/autosave/autosaver';

export interface ConflictNoticeProps<F extends FieldValues> {
  conflict: Extract<AutosaveState<F>, { status: 'conflict' }>;
  /** What each field is called on screen, e.g. `situation: 'Situation'`. */
  labels: Record<keyof F & string, string>;
  /** The text a field's value reads as (drafts that are objects are shown as their text). */
  describe?: (field: keyof F & string, value: F[keyof F]) => string;
  onResolve: (choice: 'mine' | 'saved') => void;
  /** The notice's heading level, so it fits the page's outline. */
  headingLevel?: 2 | 3;
}

const plain = (_field: string, value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Another window saved the same field while this one was typing: both texts
 * side by side, and the choice. Nothing is overwritten until the user
 * chooses; "Keep mine" saves this window's text over the other, "Use the
 * saved one" puts the other's text in the field.
 */
export function ConflictNotice<F extends FieldValues>({
  conflict,
  labels,
  describe = plain,
  onResolve,
  headingLevel = 2,
}: ConflictNoticeProps<F>) {
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const text = (field: keyof F & string, value: F[keyof F]) => describe(field, value) || '(empty)';
  return (
    <section className="conflict-notice" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>Changed in another window</Heading>
      <p>
        While you were typing, another window or tab saved different text here. Neither has been lost: choose which to keep. Your other
        changes are saved as usual.
      </p>
      {conflict.fields.map((field) => (
        <div key={field} className="conflict-field">
          <Sub>{labels[field]}</Sub>
          <div className="conflict-pair">
            <figure>
              <figcaption>Yours (this window, not saved)</figcaption>
              <p className="conflict-text">{text(field, conflict.mine[field] as F[keyof F])}</p>
            </figure>
            <figure>
              <figcaption>The saved one (from the other window)</figcaption>
              <p className="conflict-text">{text(field, conflict.saved[field] as F[keyof F])}</p>
            </figure>
          </div>
        </div>
      ))}
      <div className="button-row">
        <button type="button" className="primary" onClick={() => onResolve('mine')}>
          Keep mine
        </button>
        <button type="button" onClick={() => onResolve('saved')}>
          Use the saved one
        </button>
      </div>
    </section>
  );
}
