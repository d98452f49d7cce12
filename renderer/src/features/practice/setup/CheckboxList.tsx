import { FieldError } from '../../../components/FieldError';

interface Option<T extends string | number> {
  value: T;
  label: string;
  detail?: string;
  disabled?: boolean;
}

interface Props<T extends string | number> {
  legend: string;
  options: Option<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  /** Shown under the legend, e.g. "None ticked: every category". */
  hint?: string;
  error?: string;
  id: string;
}

/** A fieldset of checkboxes over a list of values, with the field's error beside it. */
export function CheckboxList<T extends string | number>({ legend, options, selected, onChange, hint, error, id }: Props<T>) {
  const chosen = new Set(selected);
  const toggle = (value: T, on: boolean) => onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset className="checkbox-list" aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="muted hint">
          {hint}
        </p>
      )}
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option.value}>
            <input
              type="checkbox"
              checked={chosen.has(option.value)}
              disabled={option.disabled}
              onChange={(e) => toggle(option.value, e.currentTarget.checked)}
            />
            <span>
              {option.label}
              {option.detail && <span className="muted"> ({option.detail})</span>}
            </span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
