import { type ReactNode, type RefObject, useLayoutEffect, useRef } from 'react';
import type { PlanQuestion } from '../../../../shared/domain/readiness/readiness';

/**
 * A list of questions, each with one button that takes it out of this list
 * (add to the plan, remove from it). The clicked row disappears, so focus
 * moves to the button now in its place (the next question), else the last
 * one, else `emptyFocus` — never to the page body (issue 10 item 8).
 */
export function PlanItemList<Q extends PlanQuestion>({
  items,
  detail,
  action,
  onAction,
  emptyFocus,
  empty,
}: {
  items: readonly Q[];
  /** Shown after the question text, muted: why it is suggested, its bank, its source. */
  detail: (q: Q) => ReactNode;
  /** The button's visible word ("Add", "Remove") and its full name, which says which question. */
  action: { label: string; name: (q: Q) => string };
  onAction: (q: Q) => void;
  emptyFocus: RefObject<HTMLElement | null>;
  /** Shown instead of the list when it is empty (the component stays mounted, so focus still moves). */
  empty?: ReactNode;
}) {
  const list = useRef<HTMLUListElement>(null);
  const refocusAt = useRef<number | null>(null);

  useLayoutEffect(() => {
    const index = refocusAt.current;
    if (index === null) return;
    refocusAt.current = null;
    const buttons = list.current?.querySelectorAll('button') ?? [];
    const next = buttons[Math.min(index, buttons.length - 1)];
    (next ?? emptyFocus.current)?.focus();
  });

  if (items.length === 0) return <>{empty}</>;
  return (
    <ul className="plan-list" ref={list}>
      {items.map((q, index) => (
        <li key={q.questionId}>
          <span>
            {q.text} <span className="muted">{detail(q)}</span>
          </span>
          <button
            type="button"
            aria-label={action.name(q)}
            onClick={() => {
              refocusAt.current = index;
              onAction(q);
            }}
          >
            {action.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
