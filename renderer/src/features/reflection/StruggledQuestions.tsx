import { formatDate } from '../../../../shared/domain/dates/format';
import { useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import type { ImproveDraft } from '../../../../shared/domain/reflection/drafts';
import { type AddedQuestion, interviewBankName } from '../../../../shared/domain/reflection/reflection';
import { newItemKey } from './draft-keys';
import { errorId, type FieldErrors } from '../../lib/field-errors';
import { TextField } from '../../components/TextField';
import { questionLimits } from '../../../../shared/domain/questions';

type Struggled = ImproveDraft['struggled'][number];

interface Props {
  items: Struggled[];
  onChange: (items: Struggled[]) => void;
  issues: FieldErrors;
  added: AddedQuestion[];
  onAdd: (item: Struggled) => Promise<ErrorData | null>;
}

/** Questions the user struggled with; each can go into the "From my interviews" bank for practice. */
export function StruggledQuestions({ items, onChange, issues, added, onAdd }: Props) {
  const [errors, setErrors] = useState<Record<string, ErrorData | null>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const update = (next: Struggled) => onChange(items.map((s) => (s.key === next.key ? next : s)));

  async function add(item: Struggled) {
    setBusy(item.key);
    const error = await onAdd(item);
    setErrors((e) => ({ ...e, [item.key]: error }));
    setBusy(null);
  }

  return (
    <fieldset>
      <legend>Questions I struggled with</legend>
      {items.length === 0 && <p className="muted">None yet. Add each question you found hard, in your own words.</p>}
      <ol className="struggled-list">
        {items.map((item, index) => {
          const n = index + 1;
          const link = added.find((a) => a.itemKey === item.key);
          const textPath = `struggled.${index}.text`;
          return (
            <li key={item.key} className="stack">
              <TextField
                label={`Question ${n}`}
                rows={2}
                value={item.text}
                limit={questionLimits.textMax}
                readOnly={link !== undefined}
                error={issues[textPath]}
                errorId={errorId('struggled', textPath)}
                onChange={(text) => update({ ...item, text })}
              />
              <TextField
                label={`Category of question ${n} (optional, e.g. Behavioural)`}
                name={`Category of question ${n}`}
                value={item.category}
                limit={questionLimits.categoryMax}
                readOnly={link !== undefined}
                onChange={(category) => update({ ...item, category })}
              />
              {link ? (
                <p className="callout" role="status">
                  Added to <a href={`#/banks/${link.bankId}`}>{interviewBankName}</a>
                  {link.dueBy ? `, due for practice before ${formatDate(link.dueBy)}.` : '.'}
                </p>
              ) : (
                <div className="button-row">
                  <button type="button" disabled={!item.text.trim() || busy === item.key} onClick={() => void add(item)}>
                    Add question {n} to practice
                  </button>
                  <button type="button" className="link-button" onClick={() => onChange(items.filter((s) => s.key !== item.key))}>
                    Remove question {n}
                  </button>
                </div>
              )}
              {errors[item.key] && (
                <p className="field-error" role="alert">
                  {errors[item.key]!.issues?.[0]?.message ?? errors[item.key]!.message}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => onChange([...items, { key: newItemKey(), text: '', category: '' }])}
        disabled={items.length >= 50}
      >
        Add a question I struggled with
      </button>
    </fieldset>
  );
}
