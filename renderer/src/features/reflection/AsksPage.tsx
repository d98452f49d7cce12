import { interviewName, interviewWhen } from '../../../../shared/domain/reflection/interview-name';
import { useEffect, useRef, useState } from 'react';
import type { AskQuestion, InterviewAsks } from '../../../../shared/contract/interview-asks';
import type { ErrorData } from '../../../../shared/contract/result';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { copyText } from '../../lib/copy-text';
import { storedListOf } from '../../lib/over-limit';
import { mergeList } from '../../../../shared/domain/list-merge';

/** The list as plain text, numbered in the order to ask, for the clipboard or a note. */
export function asksText(asks: Pick<InterviewAsks, 'company' | 'role' | 'chosen'>): string {
  return [`Questions to ask: ${interviewName(asks)}`, '', ...asks.chosen.map((q, i) => `${i + 1}. ${q.text}`)].join('\n');
}

/**
 * "My questions to ask" for one interview: untimed (these are the user's to ask, never answered in a mock
 * interview). Pick from the banks of questions to ask, put them in order, copy or print. Each change saves.
 * After a change the keyboard focus stays beside what changed (the moved item's button, the next item after
 * one removed or added), never dropped to the page when its button disappears or is disabled.
 */
export function AsksPage({ interviewId }: { interviewId: number }) {
  const [loaded] = useApiQuery('reflection.getAsks', { interviewId });
  const [saved, setSaved] = useState<InterviewAsks | null>(null);
  const [error, setError] = useState<ErrorData | null>(null);
  // Over its limit with another window's additions: the merged list, shown (and edited) until it saves, with the
  // stored list as its base, so nothing the user added is lost while they remove what is over.
  const [over, setOver] = useState<{ view: InterviewAsks; base: number[] } | null>(null);
  const [status, setStatus] = useState('');
  // The `data-focus` key of the control to focus once the saved list has rendered (a ref: it is not shown).
  const focusKey = useRef<string | null>(null);
  const page = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusKey.current === null) return;
    page.current?.querySelector<HTMLElement>(`[data-focus="${focusKey.current}"]`)?.focus();
    focusKey.current = null;
  });

  if (loaded.status === 'loading') return <p aria-live="polite">Loading…</p>;
  if (loaded.status === 'error') return <ErrorMessage error={loaded.error} />;
  const asks = over?.view ?? saved ?? loaded.value;

  async function save(chosen: AskQuestion[], message: string, focusAfter: (next: InterviewAsks) => string) {
    setError(null);
    // `base`: the list as stored when shown, so questions another window added or removed meanwhile are merged, not overwritten.
    const base = over?.base ?? asks.chosen.map((q) => q.questionId);
    const result = await api.reflection.saveAsks({ interviewId, questionIds: chosen.map((q) => q.questionId), base });
    if (!result.ok) {
      setError(result.error);
      if (storedListOf(result.error, 'questionIds')) await showMerged(chosen, base);
      return;
    }
    setOver(null);
    focusKey.current = focusAfter(result.value);
    setSaved(result.value);
    setStatus(message);
  }
  /** Shows `chosen` merged with the list stored now (another window's additions included), to remove from. */
  async function showMerged(chosen: AskQuestion[], base: number[]) {
    const fresh = await api.reflection.getAsks({ interviewId });
    if (!fresh.ok) return;
    const merged = mergeList(fresh.value.chosen, chosen, base, (q) => q.questionId);
    const shown = new Set(merged.map((q) => q.questionId));
    setSaved(fresh.value);
    setOver({
      view: { ...fresh.value, chosen: merged, available: fresh.value.available.filter((q) => !shown.has(q.questionId)) },
      base: fresh.value.chosen.map((q) => q.questionId),
    });
  }
  const move = (index: number, by: number) => {
    const next = [...asks.chosen];
    const [item] = next.splice(index, 1);
    const to = index + by;
    next.splice(to, 0, item!);
    // At either end the pressed button is disabled: focus its partner instead.
    const key = by < 0 ? (to === 0 ? 'down' : 'up') : to === next.length - 1 ? 'up' : 'down';
    void save(next, `Moved "${item!.text}" to number ${to + 1}.`, () => `${key}-${item!.questionId}`);
  };
  const remove = (index: number) => {
    const item = asks.chosen[index]!;
    void save(
      asks.chosen.filter((c) => c.questionId !== item.questionId),
      `Removed "${item.text}".`,
      ({ chosen }) => {
        const neighbour = chosen[index] ?? chosen[index - 1];
        return neighbour ? `remove-${neighbour.questionId}` : 'chosen-heading';
      },
    );
  };
  const add = (index: number) => {
    const item = asks.available[index]!;
    void save([...asks.chosen, item], `Added "${item.text}" as number ${asks.chosen.length + 1}.`, ({ available }) => {
      const neighbour = available[index] ?? available[index - 1];
      return neighbour ? `add-${neighbour.questionId}` : 'available-heading';
    });
  };

  return (
    <section aria-labelledby="asks-heading" className="asks-page" ref={page}>
      <p className="no-print">
        <a href="#/reflection">← Back to my interviews</a>
      </p>
      <h1 id="asks-heading">My questions to ask</h1>
      <p>
        {interviewName(asks)}, {interviewWhen(asks)}. Untimed: these are yours to ask, so they are never part of a timed mock interview.
      </p>
      {error && <ErrorMessage error={error} />}
      <p role="status" aria-live="polite" className="muted no-print">
        {status}
      </p>
      <h2 tabIndex={-1} data-focus="chosen-heading">
        In the order I will ask them{over ? ` (${asks.chosen.length}, not saved yet)` : ''}
      </h2>
      {asks.chosen.length === 0 ? (
        <p className="muted">None chosen yet: add some from the list below.</p>
      ) : (
        <ol className="asks-chosen">
          {asks.chosen.map((q, i) => (
            <li key={q.questionId}>
              <span>{q.text}</span>
              <span className="button-row no-print">
                <button
                  type="button"
                  data-focus={`up-${q.questionId}`}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                  aria-label={`Move up: ${q.text}`}
                >
                  Up
                </button>
                <button
                  type="button"
                  data-focus={`down-${q.questionId}`}
                  disabled={i === asks.chosen.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={`Move down: ${q.text}`}
                >
                  Down
                </button>
                <button type="button" data-focus={`remove-${q.questionId}`} onClick={() => remove(i)} aria-label={`Remove: ${q.text}`}>
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="button-row no-print">
        <button
          type="button"
          disabled={asks.chosen.length === 0}
          onClick={() =>
            void copyText(asksText(asks)).then((ok) => setStatus(ok ? 'Copied.' : 'Copying was refused: select the list and copy it.'))
          }
        >
          Copy the list
        </button>
        <button type="button" disabled={asks.chosen.length === 0} onClick={() => window.print()}>
          Print
        </button>
      </div>
      <section className="no-print" aria-labelledby="asks-available-heading">
        <h2 id="asks-available-heading" tabIndex={-1} data-focus="available-heading">
          Questions to choose from
        </h2>
        {asks.available.length === 0 ? (
          <p className="muted">
            {asks.chosen.length > 0 ? 'Every question to ask is on your list.' : 'There are no questions to ask yet.'} Add some to a bank of
            questions to ask, or mark one of your own banks as questions you ask, in <a href="#/banks">Question banks</a>.
          </p>
        ) : (
          <ul className="asks-available">
            {asks.available.map((q, i) => (
              <li key={q.questionId}>
                <button type="button" data-focus={`add-${q.questionId}`} onClick={() => add(i)} aria-label={`Add: ${q.text}`}>
                  Add
                </button>{' '}
                {q.text} <span className="muted">({q.category})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
