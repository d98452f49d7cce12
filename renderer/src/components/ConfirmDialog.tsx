import { type ReactNode, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { handFocusBack } from '../lib/focus-keeper';
import './confirm-dialog.css';

export interface ConfirmDialogProps {
  title: ReactNode;
  /** Heading level where the dialog sits in the page outline. */
  level?: 2 | 3;
  /** What confirming does, in words: read with the title when the dialog opens. */
  children: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel?: ReactNode;
  /** `danger` for deleting or losing something, `primary` for a change that can be undone. */
  tone?: 'danger' | 'primary';
  /** Absent when there is nothing to confirm (e.g. a refusal): the dialog then only informs. */
  onConfirm?: () => void;
  onCancel: () => void;
  /** Disables both choices while an operation runs. */
  busy?: boolean;
}

/**
 * The one "are you sure?" in the app: an inline alert dialog that says what will happen before anything
 * does. Focus goes to the safe choice (cancel), so a stray second Enter or Space changes nothing; Escape
 * cancels (and is marked handled, so page-wide shortcuts ignore it). Closing gives focus back to the control
 * that opened it when that is still on the page (else the app's focus keeper lands it nearby).
 */
export function ConfirmDialog({
  title,
  level = 2,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  tone = 'danger',
  onConfirm,
  onCancel,
  busy = false,
}: ConfirmDialogProps) {
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLElement>(null);
  // The control that opened the dialog (focused when it first renders); focus goes back to it on closing.
  const [opener] = useState(() => document.activeElement);
  useEffect(() => cancelRef.current?.focus(), []);
  // A layout cleanup runs before React removes the dialog's elements, so focus moves straight to the opener.
  useLayoutEffect(() => {
    const box = boxRef.current;
    return () => {
      if (box?.contains(document.activeElement) || document.activeElement === document.body) handFocusBack(opener);
    };
  }, [opener]);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      ref={boxRef}
      className={`confirm-dialog confirm-${tone}`}
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        onCancel();
      }}
    >
      <Heading id={`${id}-title`}>{title}</Heading>
      <div id={`${id}-text`}>{children}</div>
      <div className="button-row">
        {onConfirm && (
          <button type="button" className={tone} disabled={busy} onClick={onConfirm}>
            {confirmLabel}
          </button>
        )}
        <button ref={cancelRef} type="button" disabled={busy} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </section>
  );
}
