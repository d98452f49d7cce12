import { type ReactNode, useId } from 'react';
import './field.css';
import { FieldError } from './FieldError';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface Props {
  label: ReactNode;
  /** Help shown under the control, read after its name. */
  hint?: ReactNode;
  error?: string | undefined;
  render: (control: ControlProps) => ReactNode;
}

/**
 * A labelled control with optional help and error text. The label names the
 * control; help and error describe it (aria-describedby), so a screen reader
 * reads "Question, edit text … Question text cannot be empty".
 */
export function Field({ label, hint, error, render }: Props) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const control: ControlProps = { id };
  if (describedBy) control['aria-describedby'] = describedBy;
  if (error) control['aria-invalid'] = true;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {render(control)}
      {hint && (
        <span id={`${id}-hint`} className="muted hint">
          {hint}
        </span>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
