import { useId } from 'react';
import { FieldError } from '../../components/FieldError';

interface Props {
  label: string;
  hint?: string;
  error: string | undefined;
  value: string;
  maxLength: number;
  multiline?: boolean;
  onChange: (value: string) => void;
}

/** One labelled text box of the story form; its hint and error describe it (aria-describedby). */
export function StoryTextField({ label, hint, error, value, maxLength, multiline = false, onChange }: Props) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    maxLength,
    'aria-describedby': described,
    'aria-invalid': error ? true : undefined,
  } as const;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.currentTarget.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.currentTarget.value)} />
      )}
      {hint && (
        <span id={`${id}-hint`} className="muted hint">
          {hint}
        </span>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
