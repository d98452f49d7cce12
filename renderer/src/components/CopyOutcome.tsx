import type { ErrorData } from '../../../shared/contract/result';
import { ErrorMessage } from './ErrorMessage';

/**
 * What a "Copy …" action says afterwards: a polite status line, the error if it failed, and — when the
 * clipboard is not available (browser mode over plain http, a denied permission) — the text itself in a
 * read-only box, selected, so the user can copy it by hand (`shown`; `label` names the box, `rows` its height).
 */
export function CopyOutcome(props: { status: string; error: ErrorData | null; shown: string | null; label: string; rows: number }) {
  return (
    <>
      <p role="status" aria-live="polite" className="muted">
        {props.status}
      </p>
      {props.error && <ErrorMessage error={props.error} />}
      {props.shown !== null && (
        <label>
          {props.label}
          <textarea readOnly rows={props.rows} value={props.shown} ref={(el) => el?.select()} />
        </label>
      )}
    </>
  );
}
