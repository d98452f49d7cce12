interface Option<T extends string | number> {
  value: T;
  label: string;
  detail?: string;
  disabled?: boolean;
}

interface Props<T extends string | number> {
  legend: string;
  name: string;
  options: Option<T>[];
  value: T;
  onChange: (value: T) => void;
  hint?: string;
}

export function RadioGroup<T extends string | number>({ legend, name, options, value, onChange, hint }: Props<T>) {
  return (
    <fieldset className="radio-group" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${name}-hint`} className="muted hint">
          {hint}
        </p>
      )}
      {options.map((option) => (
        <label key={String(option.value)}>
          <input
            type="radio"
            name={name}
            value={String(option.value)}
            checked={value === option.value}
            disabled={option.disabled}
            onChange={() => onChange(option.value)}
          />
          <span>
            {option.label}
            {option.detail && <span className="muted"> — {option.detail}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
