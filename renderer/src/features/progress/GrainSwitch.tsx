import { useId } from 'react';
import { type GrainChoice, grainChoices, grainLabels, type TrendGrain } from '../../../../shared/domain/progress/trend';

interface Props {
  value: GrainChoice;
  /** The grain the chart shows (what `auto` chose). */
  shown: TrendGrain;
  onChange: (choice: GrainChoice) => void;
}

/** "Show a point for": a radio group styled as a segmented control (arrow keys move between options, as native radios do). */
export function GrainSwitch({ value, shown, onChange }: Props) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend>Show a point for</legend>
      {grainChoices.map((choice) => (
        <label key={choice} className={value === choice ? 'selected' : undefined}>
          <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
          {choice === 'auto' && value === 'auto' ? `${grainLabels.auto} (${grainLabels[shown].toLowerCase()})` : grainLabels[choice]}
        </label>
      ))}
    </fieldset>
  );
}
