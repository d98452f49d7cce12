import { useEffect, useRef } from 'react';
import type { BankDeletionImpact } from '../../../../shared/domain/banks';

interface Props {
  bankName: string;
  impact: BankDeletionImpact;
  onConfirm: () => void;
  onCancel: () => void;
}

const questions = (n: number) => (n === 1 ? '1 question' : `${n} questions`);

/** Says exactly what deleting will do — delete, archive, or nothing (last bank) — before anything happens. */
export function DeleteBankPanel({ bankName, impact, onConfirm, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="confirm-panel" role="alertdialog" aria-labelledby="delete-bank-heading" aria-describedby="delete-bank-text">
      <h2 id="delete-bank-heading" ref={heading} tabIndex={-1}>
        Delete “{bankName}”?
      </h2>
      <p id="delete-bank-text">
        {impact.refusal
          ? impact.refusal
          : impact.action === 'archive'
            ? `You have practised these questions (${impact.answerCount} ${impact.answerCount === 1 ? 'answer' : 'answers'}), so the bank will be archived instead of deleted: your history stays, and you can restore the bank from the bank list.`
            : `This deletes the bank and its ${questions(impact.questionCount)}, with any notes on them. It cannot be undone — export the bank first if you may want it back.`}
      </p>
      <div className="button-row">
        {!impact.refusal && (
          <button type="button" className="danger" onClick={onConfirm}>
            {impact.action === 'archive' ? 'Archive bank' : 'Delete bank'}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {impact.refusal ? 'OK' : 'Cancel'}
        </button>
      </div>
    </section>
  );
}
