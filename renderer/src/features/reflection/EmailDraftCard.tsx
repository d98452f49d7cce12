import { formatCalendarDay } from '../../../../shared/domain/dates/format';
import { useId, useRef, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import { type EmailDraft, reflectionLimits } from '../../../../shared/domain/reflection/drafts';
import { TextField } from '../../components/TextField';
import { maxEmailWords, wordCount } from '../../../../shared/domain/reflection/email-templates';
import { mailtoLink, maxMailtoLength } from '../../../../shared/domain/reflection/mailto';

interface Props {
  title: string;
  draft: EmailDraft;
  /** True once the user changed the text; the template no longer follows the facts. */
  edited: boolean;
  onEdit: (draft: EmailDraft | null) => void;
  to: string;
  sentOn: string | null;
  today: string;
  onMarkSent: (sentOn: string | null) => Promise<ErrorData | null>;
}

/** A drafted email: edit it, copy it, open it in the mail app, and record when it was sent. */
export function EmailDraftCard({ title, draft, edited, onEdit, to, sentOn, today, onMarkSent }: Props) {
  const id = useId();
  const bodyRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [copyStatus, setCopyStatus] = useState('');
  const [sentDate, setSentDate] = useState(today);
  const [error, setError] = useState<ErrorData | null>(null);
  const words = wordCount(draft.body);
  const mailto = mailtoLink(to, draft);

  /** Copies the message; `done` is what the status says once it is on the clipboard. */
  async function copy(done = 'Message copied to the clipboard.') {
    try {
      await navigator.clipboard.writeText(draft.body);
      setCopyStatus(done);
    } catch {
      // The clipboard API can be refused (a browser in browser mode may deny it; the desktop shell
      // grants clipboard-sanitized-write to our own page only); copying the selection still works from a click.
      bodyRef.current?.focus();
      bodyRef.current?.select();
      const copied = typeof document.execCommand === 'function' && document.execCommand('copy');
      setCopyStatus(copied ? done : 'Copying is not allowed here. The message is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  }

  async function mark(date: string | null) {
    setError(await onMarkSent(date));
  }

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <TextField
        label="Subject"
        value={draft.subject}
        limit={reflectionLimits.subjectMax}
        onChange={(subject) => onEdit({ ...draft, subject })}
      />
      <TextField
        label="Message"
        inputRef={bodyRef}
        rows={10}
        value={draft.body}
        limit={reflectionLimits.bodyMax}
        hint={
          <span className={words >= maxEmailWords ? 'field-error' : undefined}>
            {words} words{words >= maxEmailWords ? `: recruiters advise keeping it under ${maxEmailWords}.` : '.'}
          </span>
        }
        onChange={(body) => onEdit({ ...draft, body })}
      />
      <div className="button-row">
        <button type="button" onClick={() => void copy()}>
          Copy {title.toLowerCase()}
        </button>
        {mailto.kind === 'link' && (
          <a className="button-link" href={mailto.url} target="_blank" rel="noreferrer">
            Open {title.toLowerCase()} in my mail app
          </a>
        )}
        {mailto.kind === 'too-long' && (
          <button
            type="button"
            aria-describedby={`${id}-too-long`}
            onClick={() =>
              void copy(`Message copied. Start a new email to ${to.trim()} with the subject “${draft.subject}”, then paste the message.`)
            }
          >
            Copy {title.toLowerCase()} for my mail app
          </button>
        )}
        {mailto.kind === 'no-address' && (
          <span className="muted">Add the interviewer’s email to the interview to open this in your mail app.</span>
        )}
        {edited && (
          <button type="button" className="link-button" onClick={() => onEdit(null)}>
            Go back to the template
          </button>
        )}
      </div>
      {mailto.kind === 'too-long' && (
        <p id={`${id}-too-long`} className="muted">
          This message is too long to hand to a mail app in one link ({mailto.length.toLocaleString()} characters once encoded; mail apps on
          Windows take about {maxMailtoLength.toLocaleString()}), so copy it and paste it into a new email instead.
        </p>
      )}
      <p role="status" aria-live="polite" className="muted">
        {copyStatus}
      </p>
      {sentOn ? (
        <p>
          <strong>Sent on {formatCalendarDay(sentOn)}.</strong>{' '}
          <button type="button" className="link-button" onClick={() => void mark(null)}>
            Mark {title.toLowerCase()} as not sent
          </button>
        </p>
      ) : (
        <div className="button-row">
          <label>
            Date sent
            <input type="date" value={sentDate} max={today} onChange={(e) => setSentDate(e.currentTarget.value)} />
          </label>
          <button type="button" onClick={() => void mark(sentDate || null)} disabled={!sentDate}>
            Mark {title.toLowerCase()} as sent
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error.issues?.[0]?.message ?? error.message}
        </p>
      )}
    </section>
  );
}
