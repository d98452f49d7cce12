import { ConfirmDialog } from '../../../components/ConfirmDialog';

interface Props {
  /** Questions of this session with a saved rating (skipped ones not counted). */
  ratedCount: number;
  /** Questions of this session saved as skipped. */
  skippedCount: number;
  /** What ending now loses, if anything. */
  losing: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  /** True when the user is leaving the page (a link, the menu, browser Back): the words say so. */
  leaving?: boolean;
}

/** Asks before ending the session, saying what is kept and what is lost; "Keep practising" has focus. */
export function EndSessionConfirm({ ratedCount, skippedCount, losing, onConfirm, onCancel, leaving = false }: Props) {
  const kept = keptSentence(ratedCount, skippedCount);
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

/** What ending keeps, counting rated and skipped questions apart (a skip is not an answer the user rated). */
function keptSentence(rated: number, skipped: number): string {
  const skippedPart =
    skipped === 0 ? '' : skipped === 1 ? 'the question you skipped stays skipped' : `the ${skipped} questions you skipped stay skipped`;
  if (rated === 0) {
    return skipped === 0 ? 'Nothing has been rated yet, so there will be no summary.' : `Nothing has been rated yet; ${skippedPart}.`;
  }
  const ratedPart = rated === 1 ? 'The answer you rated is kept' : `The ${rated} answers you rated are kept`;
  return skipped === 0 ? `${ratedPart}.` : `${ratedPart}, and ${skippedPart}.`;
}
