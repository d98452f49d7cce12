import { useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import type { DueSummary } from '../../../../shared/domain/progress/dashboard';
import { useApiQuery } from '../../api/queries';
import { maxQuestionsPerSession } from '../../../../shared/domain/sessions';
import { ErrorMessage } from '../../components/ErrorMessage';
import { relativeDay } from '../../../../shared/domain/dates/relative';
import { startDueSession } from './start-due-session';

interface ViewProps {
  due: DueSummary;
  busy: boolean;
  onStart: () => void;
  /** On the home screen, a way on to the Progress page. */
  showProgressLink?: boolean;
  now?: Date;
}

/**
 * What the start button says: the queue holds the due questions and the never-practised ones
 * (DueSummary), at most `maxQuestionsPerSession` of them, never-practised plan questions first.
 */
export function startLabel(due: Pick<DueSummary, 'dueToday' | 'neverPractised'>): string {
  const total = due.dueToday + due.neverPractised;
  const n = Math.min(total, maxQuestionsPerSession);
  const kind = due.neverPractised === 0 ? 'due ' : due.dueToday === 0 ? 'never-practised ' : '';
  if (n < total) return `Practise ${n} of ${kind ? `the ${total} ${kind}questions` : `these ${total} questions`}`;
  if (n === 1) return `Practise the ${kind}question`;
  return kind ? `Practise the ${n} ${kind}questions` : `Practise these ${n} questions`;
}

/**
 * Today's queue: "N questions are due today" (practised, review due) and "M never practised" (waiting for a
 * first try), counted apart as everywhere else, with a one-click interview of them; when the queue is empty,
 * when the next review is.
 */
export function DueTodayView({ due, busy, onStart, showProgressLink = false, now }: ViewProps) {
  return (
    <section className="card due-today" aria-labelledby="due-today-heading">
      <h2 id="due-today-heading">Due for review</h2>
      {due.dueToday + due.neverPractised > 0 ? (
        <>
          <p>
            {due.dueToday > 0 ? (
              <>
                <strong className="due-count">{due.dueToday}</strong> {due.dueToday === 1 ? 'question is' : 'questions are'} due today.
              </>
            ) : (
              'No reviews are due today.'
            )}
            {due.neverPractised > 0 && (
              <>
                {' '}
                <strong className="due-count">{due.neverPractised}</strong>{' '}
                {due.neverPractised === 1 ? 'question you have never practised is' : 'questions you have never practised are'} waiting for a
                first try.
              </>
            )}
          </p>
          <button type="button" className="primary" disabled={busy} onClick={onStart}>
            {busy ? 'Starting…' : startLabel(due)}
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
  if (due.status !== 'ready' || (due.value.dueToday + due.value.neverPractised === 0 && due.value.nextDueAt === null)) return null;
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
