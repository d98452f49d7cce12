import { useId, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import type { BankSummary } from '../../../../shared/domain/banks';
import type { Question } from '../../../../shared/domain/questions';
import { ErrorMessage } from '../../components/ErrorMessage';

interface Props {
  question: Question;
  banks: readonly BankSummary[];
  onMove: (bankId: number) => Promise<ErrorData | null>;
}

/** Moves a question to another active bank. */
export function MoveQuestion({ question, banks, onMove }: Props) {
  const id = useId();
  const others = banks.filter((b) => b.id !== question.bankId && !b.archived);
  const [target, setTarget] = useState<number | null>(null);
  const [error, setError] = useState<ErrorData | null>(null);
  if (others.length === 0) return null;
  const chosen = target ?? others[0]!.id;
  return (
    <div className="move-question">
      <label htmlFor={`${id}-bank`}>Move to another bank</label>
      <div className="button-row">
        <select id={`${id}-bank`} value={chosen} onChange={(e) => setTarget(Number(e.currentTarget.value))}>
          {others.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void onMove(chosen).then(setError)}>
          Move
        </button>
      </div>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
