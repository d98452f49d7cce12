import { ConfirmDialog } from '../../../components/ConfirmDialog';

interface Props {
  answeredCount: number;
  /** What ending now loses, if anything. */
  losing: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  /** True when the user is leaving the page (a link, the menu, browser Back): the words say so. */
  leaving?: boolean;
}

/** Asks before ending the session, saying what is kept and what is lost; "Keep practising" has focus. */
export function EndSessionConfirm({ answeredCount, losing, onConfirm, onCancel, leaving = false }: Props) {
  const kept =
    answeredCount === 0
      ? 'Nothing has been rated yet, so there will be no summary.'
      : answeredCount === 1
        ? 'The answer you rated is kept.'
        : `The ${answeredCount} answers you rated are kept.`;
  return (
    <ConfirmDialog
      title={leaving ? 'Leave and end this session?' : 'End this session now?'}
      confirmLabel={leaving ? 'End session and leave' : 'End session'}
      cancelLabel="Keep practising"
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>
        {kept}
        {losing && ` ${losing}`}
      </p>
    </ConfirmDialog>
  );
}
