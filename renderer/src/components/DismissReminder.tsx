import { useRef, useState } from 'react';
import type { ErrorData } from '../../../shared/contract/result';
import type { ReminderKind } from '../../../shared/domain/reflection/interview';
import { api } from '../api/client';
import { ErrorMessage } from './ErrorMessage';
import './dismiss-reminder.css';

/**
 * The Dismiss control of a reminder about an interview (issue 10, item 7).
 * The dismissal is saved (it survives a restart and holds until the interview
 * is rescheduled); then `onDismissed` hides the reminder. The focused button
 * goes with it, and the app's focus keeper (lib/focus-keeper.ts) moves focus to
 * the control that followed the reminder, as a user would Tab to next.
 * `what` names the reminder for screen readers ("the thank-you reminder for …").
 * A failed save keeps the reminder and says why.
 */
export function DismissReminder({
  interviewId,
  kind,
  what,
  onDismissed,
}: {
  interviewId: number;
  kind: ReminderKind;
  what: string;
  onDismissed: () => void;
}) {
  const [error, setError] = useState<ErrorData | null>(null);
  // Not `disabled` while saving: a focused button that turns disabled drops focus to the page body.
  const busy = useRef(false);

  async function dismiss() {
    if (busy.current) return;
    busy.current = true;
    const result = await api.reflection.dismissReminder({ interviewId, kind });
    busy.current = false;
    if (!result.ok) return setError(result.error);
    onDismissed();
  }

  return (
    <>
      <button type="button" className="dismiss-reminder" onClick={() => void dismiss()}>
        Dismiss <span className="visually-hidden">{what}</span>
      </button>
      {error && <ErrorMessage error={error} />}
    </>
  );
}
