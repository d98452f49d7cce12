import { type KeyboardEvent, type ReactNode, type Ref, useId } from 'react';
import './field.css';
import { counterText, limitMessage, nearLimit } from '../../../shared/domain/text-limits';
import { FieldError } from './FieldError';

export interface TextFieldProps {
  label: ReactNode;
  /** The field as messages name it ("Title", "Situation"); the label when that is plain text. */
  name?: string;
  /** Help shown under the box, read after its name. */
  hint?: ReactNode;
  /** A message from the form's or the main process's check (shown unless the limit message says more). */
  error?: string | undefined;
  /** Id for the error message, where the form points at it by a known id; made up otherwise. */
  errorId?: string;
  value: string;
  /** The most characters that can be saved (the contract's `.max()` for this field). */
  limit: number;
  onChange: (value: string) => void;
  onBlur?: () => void;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  /** A text area of this many rows; a one-line box without. */
  rows?: number;
  type?: 'text' | 'search' | 'email';
  readOnly?: boolean;
  required?: boolean;
  autoComplete?: string;
  placeholder?: string;
  /** The id of a `<datalist>` of suggestions (a one-line box only). */
  list?: string;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  /** Extra class of the field's wrapper (e.g. `grow` in a row). */
  className?: string;
}

/**
 * The one labelled text box of the app (issue 12: nothing the user typed is lost). It has no
 * `maxlength`, so a paste longer than the limit is never cut: the text stays in the box, a counter
 * ("4,100 of 5,000 characters") appears from 80 % of the limit, and over it a message names the
 * field and the limit and the box is marked invalid. The form refuses to save that field (the
 * contract's schema has the same limit), so nothing else is lost while the user shortens it.
 * Label names the box; hint, counter and message describe it (aria-describedby).
 */
export function TextField(props: TextFieldProps) {
  const { label, hint, value, limit, rows, readOnly } = props;
  const id = useId();
  const name = props.name ?? (typeof label === 'string' ? label : 'This field');
  const over = limitMessage(name, value, limit);
  const message = over ?? props.error;
  const errorId = props.errorId ?? `${id}-error`;
  const showCounter = !readOnly && nearLimit(value, limit);
  const describedBy = [hint ? `${id}-hint` : '', showCounter ? `${id}-count` : '', message ? errorId : ''].filter(Boolean).join(' ');
  const control = {
    id,
    value,
    readOnly,
    required: props.required,
    placeholder: props.placeholder,
    autoComplete: props.autoComplete,
    ref: props.inputRef,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': message ? true : undefined,
    onChange: (e: { currentTarget: { value: string } }) => props.onChange(e.currentTarget.value),
    onBlur: props.onBlur,
    onKeyDown: props.onKeyDown,
  } as const;
  return (
    <div className={props.className ? `field ${props.className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {rows ? <textarea {...control} rows={rows} /> : <input {...control} type={props.type ?? 'text'} list={props.list} />}
      {hint && (
        <span id={`${id}-hint`} className="muted hint">
          {hint}
        </span>
      )}
      {showCounter && (
        <span id={`${id}-count`} className={over ? 'field-count field-error' : 'field-count muted'}>
          {counterText(value, limit)}
        </span>
      )}
      <FieldError id={errorId} message={message} />
    </div>
  );
}
