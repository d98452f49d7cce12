import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { type Plan, type PlanQuestion, type PlanSuggestion, planSourceLabels } from '../../../../shared/domain/readiness/readiness';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { registerSaver } from '../../lib/autosave/leave-flush';
import { href, paths } from '../../lib/navigation';
import { questionCount } from './format';
import { interviewName, interviewWhen } from '../../../../shared/domain/reflection/interview-name';
import { PlanItemList } from './PlanItemList';
import { PlanSaver, type PlanSaveState } from './plan-saver';
import { storedListOf } from '../../lib/over-limit';
import { mergeList } from '../../../../shared/domain/list-merge';
import { QuestionPicker } from './QuestionPicker';
import './readiness.css';

function Suggestions({
  id,
  title,
  empty,
  items,
  onAdd,
}: {
  id: string;
  title: string;
  empty: string;
  items: PlanSuggestion[];
  onAdd: (q: PlanQuestion[]) => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section className="stack" aria-labelledby={id}>
      <h2 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {items.length > 0 && (
        <button
          type="button"
          onClick={() => {
            // This button goes with the list it empties: keep focus on the section.
            heading.current?.focus();
            onAdd(items);
          }}
        >
          Add all {items.length} to the plan
        </button>
      )}
      <PlanItemList
        items={items}
        detail={(q) => `— ${q.reason}`}
        action={{ label: 'Add', name: (q) => `Add to the plan: ${q.text}` }}
        onAction={(q) => onAdd([q])}
        emptyFocus={heading}
        empty={<p className="muted">{empty}</p>}
      />
    </section>
  );
}

/**
 * `#/readiness/:id/plan`: the interview's preparation plan, editable: picked
 * from the banks, suggested from the job description, and struggled questions
 * from earlier interviews. Every add and remove is saved at once (PlanSaver).
 */
export function PlanPage({ interviewId }: { interviewId: number }) {
  const [plan, reloadPlan] = useApiQuery('progress.plan', { interviewId });
  // The editor keeps its own draft from the first load; later refreshes of the saved plan do not overwrite it.
  const [first, setFirst] = useState<Plan | null>(null);
  if (plan.status === 'ready' && first === null) setFirst(plan.value);
  if (plan.status === 'error') return <ErrorMessage error={plan.error} onRetry={reloadPlan} />;
  if (first === null || plan.status !== 'ready') return <p aria-live="polite">Loading…</p>;
  return <PlanEditor saved={plan.value} initial={first.questions} onSaved={reloadPlan} />;
}

const sameIds = (a: readonly PlanQuestion[], b: readonly PlanQuestion[]) =>
  a.length === b.length && a.every((q, i) => q.questionId === b[i]!.questionId);

function PlanEditor({ saved, initial, onSaved }: { saved: Plan; initial: PlanQuestion[]; onSaved: () => void }) {
  const interviewId = saved.interviewId;
  const [suggestions] = useApiQuery('progress.planSuggestions', { interviewId });
  const [questions, setQuestions] = useState<PlanQuestion[]>(initial);
  const [saver] = useState(
    () =>
      new PlanSaver(
        (questions, base) => api.progress.savePlan({ interviewId, questions, base }),
        (plan) => {
          // The stored plan may hold another window's changes, merged with this page's: show it as stored.
          setQuestions((shown) => (sameIds(shown, plan.questions) ? shown : plan.questions));
          onSaved();
        },
        initial,
      ),
  );
  const saveState = useSyncExternalStore(saver.subscribe, saver.getState);
  const [lastChange, setLastChange] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);
  const inPlan = useMemo(() => new Set(questions.map((q) => q.questionId)), [questions]);

  // Leaving the page (reload, close) sends a write still waiting; leaving by the app's links just lets it finish.
  useEffect(() => registerSaver(saver), [saver]);

  // Over the limit with another window's additions: show the merged list (theirs and every one added here), based
  // on the stored plan, so the user removes what is over and the next click saves; nothing added here is lost.
  const overLimit = saveState.status === 'failed' && storedListOf(saveState.error, 'questions') !== null;
  useEffect(() => {
    if (!overLimit) return;
    let current = true;
    void api.progress.plan({ interviewId }).then((fresh) => {
      if (!current || !fresh.ok) return;
      const base = saver.currentBase();
      saver.rebase(fresh.value.questions.map((q) => q.questionId));
      setQuestions((shown) => mergeList(fresh.value.questions, shown, base, (q) => q.questionId));
    });
    return () => {
      current = false;
    };
  }, [overLimit, saveState, saver, interviewId]);

  function change(next: PlanQuestion[], said: string) {
    setQuestions(next);
    setLastChange(said);
    saver.change(next);
  }

  function add(list: PlanQuestion[]) {
    const fresh = list.filter((q) => !inPlan.has(q.questionId));
    if (fresh.length === 0) return;
    change([...questions, ...fresh], fresh.length === 1 ? `Added “${fresh[0]!.text}”.` : `Added ${questionCount(fresh.length)}.`);
  }

  function remove(q: PlanQuestion) {
    change(
      questions.filter((x) => x.questionId !== q.questionId),
      `Removed “${q.text}”.`,
    );
  }

  const pending = (items: PlanSuggestion[]) => items.filter((s) => !inPlan.has(s.questionId));
  return (
    <section aria-labelledby="plan-heading" className="stack">
      <h1 id="plan-heading">Preparation plan: {interviewName(saved)}</h1>
      <p className="muted">
        {interviewWhen(saved)} · <a href={href(paths.readiness(interviewId))}>Readiness</a> ·{' '}
        <a href={href(paths.editInterview(interviewId, 'plan'))}>Edit the interview</a>
      </p>
      <p role="status">{planStatus(lastChange, saveState)}</p>
      {saveState.status === 'failed' && <ErrorMessage error={saveState.error} onRetry={overLimit ? undefined : () => saver.retry()} />}
      <section className="stack" aria-labelledby="plan-list-heading">
        <h2 id="plan-list-heading" ref={listHeading} tabIndex={-1}>
          In the plan ({questions.length})
        </h2>
        <PlanItemList
          items={questions}
          detail={(q) => `(${planSourceLabels[q.source]})`}
          action={{ label: 'Remove', name: (q) => `Remove from the plan: ${q.text}` }}
          onAction={remove}
          emptyFocus={listHeading}
          empty={<p className="muted">No questions yet: add them from the suggestions or your banks below.</p>}
        />
      </section>
      {suggestions.status === 'error' && <ErrorMessage error={suggestions.error} />}
      {suggestions.status === 'ready' && (
        <>
          <Suggestions
            id="jd-heading"
            title="Suggested from the job description"
            empty={
              saved.jobDescription.trim()
                ? 'No more questions share words with the job description.'
                : 'No job description saved with this interview. Add one by editing the interview to get suggestions.'
            }
            items={pending(suggestions.value.jobDescription)}
            onAdd={add}
          />
          <Suggestions
            id="struggled-heading"
            title="Struggled with in earlier interviews"
            empty="Nothing from earlier interviews: questions you struggled with in a reflection appear here."
            items={pending(suggestions.value.struggled).map((s) => ({ ...s, source: 'struggled' as const }))}
            onAdd={add}
          />
        </>
      )}
      <QuestionPicker inPlan={inPlan} onAdd={add} />
    </section>
  );
}

/** The status line: what the last click changed, then whether it is saved. */
function planStatus(lastChange: string, state: PlanSaveState): string {
  const saving = { idle: '', saving: 'Saving…', failed: 'Not saved yet.' } as const;
  const tail = state.status === 'saved' ? `Plan saved: ${questionCount(state.count)}.` : saving[state.status];
  return [lastChange, tail].filter(Boolean).join(' ');
}
