import { type FormEvent, useId, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import { bankLimits, type BankPurpose } from '../../../../shared/domain/banks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FieldError } from '../../components/FieldError';
import { TextField } from '../../components/TextField';
import { useEditConflict } from '../../components/use-edit-conflict';
import { useKeptTyping } from '../../components/use-kept-typing';
import { formErrors } from '../../lib/field-errors';

// A type, not an interface: it must fit kept-typing's TypedValues record.
export type BankFields = {
  name: string;
  description: string;
  purpose: BankPurpose;
};

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
  /**
   * Saves; returns the error to show, or null when saved. `base`: the values the edit started from, after any
   * choice the user made on a conflict with another window (the field's stored value), so only what the user
   * changed is sent, and the same field changed elsewhere meanwhile is refused rather than overwritten.
   */
  onSubmit: (fields: BankFields, base: BankFields) => Promise<ErrorData | null>;
  onCancel?: () => void;
  /** Where unsaved typing is kept across a reload (`typingKeys.bank`). */
  draftKey: string;
}

/** Create, rename, describe or re-purpose a bank (questions to answer, or to ask); problems show at the field. */
export function BankForm({ initial, submitLabel, takenNames, onSubmit, onCancel, draftKey }: Props) {
  // Typing left unsaved by a reload, Back or a closed window comes back (only the fields that were changed).
  const kept = useKeptTyping<BankFields>(
    draftKey,
    () => ({ name: initial.name, description: initial.description, purpose: initial.purpose }),
    'this bank',
    (draft) => purposeChoices.some((c) => c.value === draft.purpose),
  );
  const { name, description, purpose } = kept.values;
  const set = (field: Partial<BankFields>) => kept.setValues((now) => ({ ...now, ...field }));
  const setName = (value: string) => set({ name: value });
  const setDescription = (value: string) => set({ description: value });
  const setPurpose = (value: BankPurpose) => set({ purpose: value });
  const purposeName = useId();
  const [error, setError] = useState<ErrorData | null>(null);
  const [local, setLocal] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const { byField, other } = formErrors(error, ['name', 'description', 'purpose']);
  const nameError = local ?? byField.name;
  const conflict = useEditConflict({
    labels: { name: 'Bank name', description: 'Description', purpose: 'These are' },
    describe: (field, value) => (field === 'purpose' ? (purposeChoices.find((c) => c.value === value)?.label ?? '') : String(value ?? '')),
    takeTheirs: (field, value) => {
      if (field === 'name') setName(String(value));
      if (field === 'description') setDescription(String(value));
      if (field === 'purpose') setPurpose(value as BankPurpose);
    },
    resave: () => void save(),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await save();
  }

  async function save() {
    const clean = name.trim().replace(/\s+/g, ' ');
    // This bank's own name is no duplicate: as opened, or as another window saved it ("Use theirs" after a conflict).
    const own = [initial.name, conflict.rebase(initial).name].map((n) => n.toLowerCase());
    const taken = takenNames.find((n) => n.toLowerCase() === clean.toLowerCase() && !own.includes(n.toLowerCase()));
    const problem = !clean
      ? 'Bank name cannot be empty'
      : taken
        ? `A bank called “${taken}” already exists. Choose another name.`
        : undefined;
    setLocal(problem);
    if (problem) return;
    setBusy(true);
    const fields = { name: clean, description, purpose };
    const failure = await onSubmit(fields, conflict.rebase(initial));
    setBusy(false);
    setError(conflict.settle(failure, fields) ? null : failure);
    if (failure) return;
    // A new bank's form empties for the next one; an edited bank's saved values become the base.
    if (!initial.name) kept.discard();
    else kept.saved(kept.values);
  }

  return (
    <form className="bank-form" onSubmit={(e) => void submit(e)} noValidate>
      {kept.notice}
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
      {conflict.notice}
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button
            type="button"
            onClick={() => {
              kept.discard();
              onCancel();
            }}
          >
            Cancel
          </button>
        )}
      </div>
      {other && <ErrorMessage error={other} />}
    </form>
  );
}
