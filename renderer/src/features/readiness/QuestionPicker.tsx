import { useRef, useState } from 'react';
import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { searchQueryMax } from '../../../../shared/domain/question-search';
import type { PlanQuestion } from '../../../../shared/domain/readiness/readiness';
import { PlanItemList } from './PlanItemList';

/** Picks questions for the plan from the banks, by bank, category, tag and words (the banks' own search). */
export function QuestionPicker({ inPlan, onAdd }: { inPlan: ReadonlySet<number>; onAdd: (questions: PlanQuestion[]) => void }) {
  const [banks] = useApiQuery('banks.list', {});
  const [facets] = useApiQuery('questions.facets', {});
  const [bankId, setBankId] = useState<number | null>(null);
  const [category, setCategory] = useState('');
  const [tag, setTag] = useState('');
  const [query, setQuery] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const [results, reload] = useApiQuery('questions.search', {
    query,
    limit: 200,
    ...(bankId === null ? {} : { bankId }),
    ...(category ? { category } : {}),
    ...(tag ? { tag } : {}),
  });
  const offered: PlanQuestion[] =
    results.status === 'ready'
      ? results.value
          .filter((h) => !inPlan.has(h.id))
          .map((h) => ({ questionId: h.id, text: h.text, category: h.category, tags: h.tags, bankName: h.bankName, source: 'picked' }))
      : [];

  return (
    <section className="stack" aria-labelledby="pick-heading">
      <h2 id="pick-heading" ref={heading} tabIndex={-1}>
        Pick from your banks
      </h2>
      <div className="form-grid">
        <label>
          Bank
          <select value={bankId ?? ''} onChange={(e) => setBankId(e.currentTarget.value ? Number(e.currentTarget.value) : null)}>
            <option value="">Every bank</option>
            {banks.status === 'ready' &&
              banks.value.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
          </select>
        </label>
        <label>
          Category
          <select value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
            <option value="">Any category</option>
            {facets.status === 'ready' &&
              facets.value.categories.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
          </select>
        </label>
        <label>
          Tag
          <select value={tag} onChange={(e) => setTag(e.currentTarget.value)}>
            <option value="">Any tag</option>
            {facets.status === 'ready' &&
              facets.value.tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
          </select>
        </label>
        <TextField label="Words" type="search" value={query} limit={searchQueryMax} onChange={setQuery} />
      </div>
      {results.status === 'error' && <ErrorMessage error={results.error} onRetry={reload} />}
      {results.status === 'ready' && (
        <>
          <p aria-live="polite">
            {offered.length} {offered.length === 1 ? 'question' : 'questions'} not yet in the plan
            {results.value.length === 200 ? ' (the first 200 matches)' : ''}.
          </p>
          {offered.length > 0 && (
            <button
              type="button"
              onClick={() => {
                // This button goes with the list it empties: keep focus on the section.
                heading.current?.focus();
                onAdd(offered);
              }}
            >
              Add all {offered.length} to the plan
            </button>
          )}
          <PlanItemList
            items={offered.slice(0, 50)}
            detail={(q) => `(${q.bankName})`}
            action={{ label: 'Add', name: (q) => `Add to the plan: ${q.text}` }}
            onAction={(q) => onAdd([q])}
            emptyFocus={heading}
          />
        </>
      )}
    </section>
  );
}
