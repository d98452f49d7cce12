import { useEffect, useRef } from 'react';

interface Props {
  answeredCount: number;
  /** What ending now loses, if anything. */
  losing: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before ending the session. Focus goes to "Keep practising", the safe
 * choice, so a second stray Esc or Enter does not end anything.
 */
export function EndSessionConfirm({ answeredCount, losing, onConfirm, onCancel }: Props) {
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  const kept =
    answeredCount === 0
      ? 'Nothing has been rated yet, so there will be no summary.'
      : `The ${answeredCount === 1 ? 'answer' : `${answeredCount} answers`} you rated are kept.`;
  return (
    <div className="confirm-panel" role="alertdialog" aria-modal="false" aria-labelledby="end-title" aria-describedby="end-desc">
      <h2 id="end-title">End this session now?</h2>
      <p id="end-desc">
        {kept}
        {losing && ` ${losing}`}
      </p>
      <div className="button-row">
        <button ref={keepRef} type="button" onClick={onCancel}>
          Keep practising
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          End session
        </button>
      </div>
    </div>
  );
}
