import { type FormEvent, useId, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import { bankLimits, type BankPurpose } from '../../../../shared/domain/banks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FieldError } from '../../components/FieldError';
import { TextField } from '../../components/TextField';
import { formErrors } from '../../lib/field-errors';

export interface BankFields {
  name: string;
  description: string;
  purpose: BankPurpose;
}

const purposeChoices: { value: BankPurpose; label: string; detail: string }[] = [
  { value: 'answer', label: 'Questions I answer', detail: 'practised in mock interviews' },
  {
    value: 'ask',
    label: 'Questions I ask the interviewer',
    detail: 'never timed: left out of mock interviews unless a set-up ticks the bank, and offered on each interview’s list to ask',
  },
];

interface Props {
  initial: BankFields;
  submitLabel: string;
  /** Names already taken (any case), so a duplicate is flagged before a round trip. */
  takenNames: readonly string[];
  onSubmit: (fields: BankFields) => Promise<ErrorData | null>;
  onCancel?: () => void;
}

/** Create, rename, describe or re-purpose a bank (questions to answer, or to ask); problems show at the field. */
export function BankForm({ initial, submitLabel, takenNames, onSubmit, onCancel }: Props) {
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description);
  const [purpose, setPurpose] = useState(initial.purpose);
  const purposeName = useId();
  const [error, setError] = useState<ErrorData | null>(null);
  const [local, setLocal] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const { byField, other } = formErrors(error, ['name', 'description', 'purpose']);
  const nameError = local ?? byField.name;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const clean = name.trim().replace(/\s+/g, ' ');
    const taken = takenNames.find((n) => n.toLowerCase() === clean.toLowerCase() && n.toLowerCase() !== initial.name.toLowerCase());
    const problem = !clean
      ? 'Bank name cannot be empty'
      : taken
        ? `A bank called “${taken}” already exists. Choose another name.`
        : undefined;
    setLocal(problem);
    if (problem) return;
    setBusy(true);
    const failure = await onSubmit({ name: clean, description, purpose });
    setBusy(false);
    setError(failure);
    if (!failure && !initial.name) {
      setName('');
      setDescription('');
      setPurpose(initial.purpose);
    }
  }

  return (
    <form className="bank-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        label="Bank name"
        error={nameError}
        value={name}
        limit={bankLimits.nameMax}
        onChange={(value) => {
          setName(value);
          setLocal(undefined);
        }}
      />
      <TextField
        label="Description (optional)"
        name="Description"
        error={byField.description}
        rows={2}
        value={description}
        limit={bankLimits.descriptionMax}
        onChange={setDescription}
      />
      <fieldset className="bank-purpose" aria-describedby={byField.purpose ? `${purposeName}-error` : undefined}>
        <legend>These are</legend>
        {purposeChoices.map((choice) => (
          <label key={choice.value}>
            <input
              type="radio"
              name={purposeName}
              value={choice.value}
              checked={purpose === choice.value}
              onChange={() => setPurpose(choice.value)}
            />
            {choice.label} <span className="muted">— {choice.detail}</span>
          </label>
        ))}
        <FieldError id={`${purposeName}-error`} message={byField.purpose} />
      </fieldset>
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {other && <ErrorMessage error={other} />}
    </form>
  );
}
