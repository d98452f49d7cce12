import { useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import type { DueSummary } from '../../../../shared/domain/progress/dashboard';
import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { relativeDay } from './format';
import { startDueSession } from './start-due-session';

interface ViewProps {
  due: DueSummary;
  busy: boolean;
  onStart: () => void;
  /** On the home screen, a way on to the Progress page. */
  showProgressLink?: boolean;
  now?: Date;
}

/** "N due today" with a one-click review interview; when nothing is due, when the next review is. */
export function DueTodayView({ due, busy, onStart, showProgressLink = false, now }: ViewProps) {
  return (
    <section className="card due-today" aria-labelledby="due-today-heading">
      <h2 id="due-today-heading">Due for review</h2>
      {due.dueToday > 0 ? (
        <>
          <p>
            <strong className="due-count">{due.dueToday}</strong> {due.dueToday === 1 ? 'question is' : 'questions are'} due today.
          </p>
          <button type="button" className="primary" disabled={busy} onClick={onStart}>
            {busy ? 'Starting…' : `Practise the ${due.dueToday === 1 ? 'due question' : `${Math.min(due.dueToday, 20)} due questions`}`}
          </button>
        </>
      ) : (
        <p className="muted">
          Nothing is due today.
          {due.nextDueAt
            ? ` The next review is ${relativeDay(due.nextDueAt, now)}.`
            : ' Questions you rate come back here when it is time to practise them again.'}
        </p>
      )}
      {showProgressLink && (
        <p>
          <a href="#/progress">See your progress</a>
        </p>
      )}
    </section>
  );
}

/** The home screen's due-for-review card, loading its own count; absent until something has a review date. */
export function DueTodayCard() {
  const [due] = useApiQuery('progress.due', {});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorData | null>(null);
  if (due.status !== 'ready' || (due.value.dueToday === 0 && due.value.nextDueAt === null)) return null;
  return (
    <>
      <DueTodayView
        due={due.value}
        showProgressLink
        busy={busy}
        onStart={() => {
          setBusy(true);
          void startDueSession().then((result) => {
            setBusy(false);
            setError(result.ok ? null : result.error);
          });
        }}
      />
      {error && <ErrorMessage error={error} />}
    </>
  );
}
