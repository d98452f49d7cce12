import type { BankDeletionImpact } from '../../../../shared/domain/banks';
import { ConfirmDialog } from '../../components/ConfirmDialog';

interface Props {
  bankName: string;
  impact: BankDeletionImpact;
  onConfirm: () => void;
  onCancel: () => void;
}

const questions = (n: number) => (n === 1 ? '1 question' : `${n} questions`);

/** Says exactly what deleting will do — delete, archive, or nothing (last bank) — before anything happens. */
export function DeleteBankPanel({ bankName, impact, onConfirm, onCancel }: Props) {
  return (
    <ConfirmDialog
      title={`Delete “${bankName}”?`}
      confirmLabel={impact.action === 'archive' ? 'Archive bank' : 'Delete bank'}
      cancelLabel={impact.refusal ? 'OK' : 'Cancel'}
      onConfirm={impact.refusal ? undefined : onConfirm}
      onCancel={onCancel}
    >
      <p>
        {impact.refusal
          ? impact.refusal
          : impact.action === 'archive'
            ? `You have practised these questions (${impact.answerCount} ${impact.answerCount === 1 ? 'answer' : 'answers'}), so the bank will be archived instead of deleted: your history stays, and you can restore the bank from the bank list.`
            : `This deletes the bank and its ${questions(impact.questionCount)}, with any notes on them. It cannot be undone — export the bank first if you may want it back.`}
      </p>
    </ConfirmDialog>
  );
}
