import { useEffect, useId, useRef } from 'react';
import './save-status.css';

/** One field another window changed meanwhile, as the notice shows it (both values already as text). */
export interface ConflictingField {
  field: string;
  /** What the field is called on screen, e.g. "The role". */
  label: string;
  mine: string;
  saved: string;
}

export type ConflictChoice = 'mine' | 'saved';

export interface ConflictNoticeProps {
  /** The fields still to decide, in the form's order; the notice is not shown when empty. */
  fields: readonly ConflictingField[];
  /** The user's choice for one field: keep this window's value, or take the one saved in the other window. */
  onChoose: (field: string, choice: ConflictChoice) => void;
  /** `typing`: text that saves as the user types (notes, drafts); `form`: a form the user pressed Save on. */
  kind: 'typing' | 'form';
  /**
   * Moves focus to the notice when it appears or a field is decided (forms: the user pressed Save, so the
   * answer is where focus goes). Off while typing saves itself, so a notice never takes the caret mid-word.
   */
  takeFocus?: boolean;
  /** Where focus goes after the last choice (default: the enclosing form's submit button, which then saves). */
  focusAfter?: () => HTMLElement | null | undefined;
  /** The notice's heading level, so it fits the page's outline. */
  headingLevel?: 2 | 3;
}

const intro = {
  typing:
    'While you were typing, another window or tab saved different text here. Neither has been lost: choose which to keep. Your other changes are saved as usual.',
  form: 'Since you opened this page, another window or tab saved a different value for the fields below, so nothing was saved yet. Neither version has been lost: choose which to keep for each. Everything else you changed stays as you typed it and is saved with your choice.',
};

/**
 * The one conflict resolution (issue 16, item 2) for everything versioned: for each field another window
 * changed, its saved value beside this window's, with "Keep mine" (save mine over theirs, a deliberate
 * overwrite) and "Use theirs" (take the saved value into the field). Nothing is overwritten until the user
 * chooses. The buttons of each field sit in a group named by the field, so "Keep mine" is never ambiguous.
 */
export function ConflictNotice({ fields, onChoose, kind, takeFocus = false, focusAfter, headingLevel = 2 }: ConflictNoticeProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const count = fields.length;

  useEffect(() => {
    if (takeFocus && count > 0) heading.current?.focus();
  }, [takeFocus, count]);

  if (count === 0) return null;

  function choose(field: string, choice: ConflictChoice) {
    if (count === 1) {
      const form = heading.current?.closest('form');
      (focusAfter?.() ?? form?.querySelector<HTMLElement>('button[type="submit"]'))?.focus();
    }
    onChoose(field, choice);
  }

  return (
    <section className="conflict-notice" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} ref={heading} tabIndex={-1}>
        Changed in another window
      </Heading>
      <p>{intro[kind]}</p>
      {fields.map(({ field, label, mine, saved }) => (
        <div key={field} className="conflict-field" role="group" aria-labelledby={`${id}-${field}`}>
          <Sub id={`${id}-${field}`}>{label}</Sub>
          <div className="conflict-pair">
            <figure>
              <figcaption>Yours (this window, not saved)</figcaption>
              <p className="conflict-text">{mine || '(empty)'}</p>
            </figure>
            <figure>
              <figcaption>Theirs (saved in another window)</figcaption>
              <p className="conflict-text">{saved || '(empty)'}</p>
            </figure>
          </div>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => choose(field, 'mine')}>
              Keep mine
            </button>
            <button type="button" onClick={() => choose(field, 'saved')}>
              Use theirs
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
