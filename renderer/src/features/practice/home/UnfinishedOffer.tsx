import type { SessionListEntry } from '../../../../../shared/domain/sessions';
import { formatDateTime } from '../../../../../shared/domain/dates/format';
import { answeredPhrase, hasSavedAnything } from '../session-counts';

interface Props {
  session: SessionListEntry;
  onResume: () => void;
  onEnd: () => void;
  busy: boolean;
}

/** An interrupted session (window closed, crash) is offered first: carry on, or end it and keep what was rated. */
export function UnfinishedOffer({ session, onResume, onEnd, busy }: Props) {
  return (
    <section className="card unfinished" aria-labelledby="unfinished-heading">
      <h2 id="unfinished-heading">You have an unfinished session</h2>
      <p>
        Started {formatDateTime(session.startedAt)}:{' '}
        {hasSavedAnything(session) ? `${answeredPhrase(session)}; what you saved is kept.` : 'nothing answered yet.'}
      </p>
      <div className="button-row">
        <button type="button" className="primary" onClick={onResume} disabled={busy}>
          Resume it
        </button>
        <button type="button" onClick={onEnd} disabled={busy}>
          End it{hasSavedAnything(session) ? ' and see the summary' : ''}
        </button>
      </div>
    </section>
  );
}
