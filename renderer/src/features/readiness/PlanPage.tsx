import { useMemo, useRef, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import { type Plan, type PlanQuestion, type PlanSuggestion, planSourceLabels } from '../../../../shared/domain/readiness/readiness';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { href, paths } from '../../lib/navigation';
import { formatInterviewDate, questionCount } from './format';
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
  return (
    <section className="stack" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <button type="button" onClick={() => onAdd(items)}>
            Add all {items.length} to the plan
          </button>
          <ul className="plan-list">
            {items.map((q) => (
              <li key={q.questionId}>
                <span>
                  {q.text} <span className="muted">— {q.reason}</span>
                </span>
                <button type="button" aria-label={`Add to the plan: ${q.text}`} onClick={() => onAdd([q])}>
                  Add
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * `#/readiness/:id/plan`: the interview's preparation plan, editable: picked
 * from the banks, suggested from the job description, and struggled questions
 * from earlier interviews. Nothing is saved until "Save the plan".
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

function PlanEditor({ saved, initial, onSaved }: { saved: Plan; initial: PlanQuestion[]; onSaved: () => void }) {
  const interviewId = saved.interviewId;
  const [suggestions] = useApiQuery('progress.planSuggestions', { interviewId });
  const [questions, setQuestions] = useState<PlanQuestion[]>(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ErrorData | null>(null);
  const [status, setStatus] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);
  const inPlan = useMemo(() => new Set(questions.map((q) => q.questionId)), [questions]);
  const dirty =
    JSON.stringify(questions.map((q) => [q.questionId, q.source])) !== JSON.stringify(saved.questions.map((q) => [q.questionId, q.source]));

  function add(list: PlanQuestion[]) {
    const fresh = list.filter((q) => !inPlan.has(q.questionId));
    setQuestions([...questions, ...fresh]);
    setStatus(`${questionCount(fresh.length)} added; save the plan to keep them.`);
  }

  function remove(q: PlanQuestion) {
    setQuestions(questions.filter((x) => x.questionId !== q.questionId));
    setStatus(`Removed “${q.text}”; save the plan to keep the change.`);
    // The removed row's button is gone: keep focus on the list it was in.
    listHeading.current?.focus();
  }

  async function save() {
    setSaving(true);
    const result = await api.progress.savePlan({
      interviewId,
      questions: questions.map((q) => ({ questionId: q.questionId, source: q.source })),
    });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setQuestions(result.value.questions);
    setStatus(`Plan saved: ${questionCount(result.value.questions.length)}.`);
    onSaved();
  }

  const { company, role, heldAt } = saved;
  const pending = (items: PlanSuggestion[]) => items.filter((s) => !inPlan.has(s.questionId));
  return (
    <section aria-labelledby="plan-heading" className="stack">
      <h1 id="plan-heading">
        Preparation plan: {role} at {company}
      </h1>
      <p className="muted">
        {formatInterviewDate(heldAt)} · <a href={href(paths.readiness(interviewId))}>Readiness</a> ·{' '}
        <a href={href(paths.editInterview(interviewId, 'plan'))}>Edit the interview</a>
      </p>
      <p role="status">{status}</p>
      {error && <ErrorMessage error={error} />}
      <section className="stack" aria-labelledby="plan-list-heading">
        <h2 id="plan-list-heading" ref={listHeading} tabIndex={-1}>
          In the plan ({questions.length})
        </h2>
        {questions.length === 0 ? (
          <p className="muted">No questions yet: add them from the suggestions or your banks below.</p>
        ) : (
          <ul className="plan-list">
            {questions.map((q) => (
              <li key={q.questionId}>
                <span>
                  {q.text} <span className="muted">({planSourceLabels[q.source]})</span>
                </span>
                <button type="button" aria-label={`Remove from the plan: ${q.text}`} onClick={() => remove(q)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="actions">
          <button type="button" className="primary" disabled={saving || !dirty} onClick={() => void save()}>
            {saving ? 'Saving…' : dirty ? 'Save the plan' : 'Plan saved'}
          </button>
        </div>
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
