export interface ShortcutHint {
  keys: string[];
  label: string;
}

/** Every shortcut in use, on screen, so none has to be remembered or discovered. */
export function ShortcutLegend({ hints }: { hints: ShortcutHint[] }) {
  return (
    <ul className="shortcut-legend" aria-label="Keyboard shortcuts">
      {hints.map((hint) => (
        <li key={hint.label}>
          {hint.keys.map((key, i) => (
            <span key={key}>
              {i > 0 && ' or '}
              <kbd>{key}</kbd>
            </span>
          ))}{' '}
          {hint.label}
        </li>
      ))}
    </ul>
  );
}
