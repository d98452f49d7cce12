interface Props<T extends string> {
  label: string;
  /** The first option, meaning "no filter", e.g. "Any outcome". */
  anyLabel: string;
  value: T | '';
  values: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T | '') => void;
}

/** A labelled filter drop-down over a fixed set of values, with an "any" choice that clears it. */
export function FilterSelect<T extends string>({ label, anyLabel, value, values, labels, onChange }: Props<T>) {
  return (
    <label>
      {label}
      <select
        value={value}
        onChange={(e) => {
          const chosen = e.currentTarget.value;
          onChange(values.find((v) => v === chosen) ?? '');
        }}
      >
        <option value="">{anyLabel}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {labels[v]}
          </option>
        ))}
      </select>
    </label>
  );
}
