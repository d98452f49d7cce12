import type { SessionSetup } from '../../../../../shared/domain/sessions';
import { RadioGroup } from './RadioGroup';
import { errorId, type FieldErrors } from '../../../lib/field-errors';
import { FieldError } from '../../../components/FieldError';

interface Props {
  setup: SessionSetup;
  errors: FieldErrors;
  onChange: (patch: Partial<SessionSetup>) => void;
}

function NumberField(props: {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  error?: string;
  disabled?: boolean;
  onChange: (n: number) => void;
}) {
  return (
    <label>
      {props.label}
      <input
        type="number"
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId('timing', props.label) : undefined}
        onChange={(e) => props.onChange(Number(e.currentTarget.value))}
      />
      <FieldError id={errorId('timing', props.label)} message={props.error} />
    </label>
  );
}

/** Think and answer time, the pressure ladder and the time multiplier. */
export function TimingFields({ setup, errors, onChange }: Props) {
  const untimed = setup.pressure === 'untimed';
  return (
    <fieldset className="setup-section">
      <legend>Timing</legend>
      <RadioGroup
        legend="Pressure"
        name="setup-pressure"
        value={setup.pressure}
        onChange={(pressure) => onChange({ pressure })}
        options={[
          { value: 'untimed', label: 'Untimed', detail: 'no countdown; you start and finish when ready' },
          { value: 'soft', label: 'Soft', detail: 'the clock runs on past zero and shows the overrun' },
          { value: 'hard', label: 'Hard', detail: 'the answer ends at zero' },
        ]}
      />
      <NumberField
        label="Thinking time before each answer (seconds, 0–180)"
        min={0}
        max={180}
        step={5}
        value={setup.thinkSeconds}
        disabled={untimed}
        error={errors['setup.thinkSeconds']}
        onChange={(thinkSeconds) => onChange({ thinkSeconds })}
      />
      <RadioGroup
        legend="Answer time"
        name="setup-answer-source"
        value={setup.answerTimeSource}
        onChange={(answerTimeSource) => onChange({ answerTimeSource })}
        options={[
          { value: 'question', label: 'Each question’s suggested length', disabled: untimed },
          { value: 'fixed', label: 'The same for every question', disabled: untimed },
        ]}
      />
      {setup.answerTimeSource === 'fixed' && (
        <NumberField
          label="Answer time (seconds, 15–900)"
          min={15}
          max={900}
          step={15}
          value={setup.answerSeconds}
          disabled={untimed}
          error={errors['setup.answerSeconds']}
          onChange={(answerSeconds) => onChange({ answerSeconds })}
        />
      )}
      <RadioGroup
        legend="More time"
        name="setup-multiplier"
        value={setup.multiplier}
        onChange={(multiplier) => onChange({ multiplier })}
        hint="Stretches thinking and answer time, for anyone who needs longer."
        options={[
          { value: 1, label: '×1', disabled: untimed },
          { value: 1.5, label: '×1.5', disabled: untimed },
          { value: 2, label: '×2', disabled: untimed },
        ]}
      />
    </fieldset>
  );
}
