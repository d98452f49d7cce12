import { useEffect, useRef, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import type { SearchHit } from '../../../../shared/domain/question-search';
import { type Difficulty, difficultyLabels } from '../../../../shared/domain/questions';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { navigate } from '../../lib/navigation';
import { ErrorMessage } from '../../components/ErrorMessage';
import { handleResultKeys, SearchResults } from './SearchResults';
import { searchBoxId } from './use-slash-to-search';

interface Filters {
  bankId: number | undefined;
  category: string;
  tag: string;
  difficulty: Difficulty | undefined;
}

const noFilters: Filters = { bankId: undefined, category: '', tag: '', difficulty: undefined };

/** The last search, so coming back from a question finds the results as they were. */
let remembered: { query: string; filters: Filters } = { query: '', filters: noFilters };

export function SearchPage() {
  const [query, setQuery] = useState(remembered.query);
  const [filters, setFilters] = useState<Filters>(remembered.filters);
  const [answer, setAnswer] = useState<{ hits: SearchHit[]; error: ErrorData | null } | null>(null);
  const [active, setActive] = useState(-1);
  const [banks] = useApiQuery('banks.list', {});
  const [facets] = useApiQuery('questions.facets', {});
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(0);

  useEffect(() => input.current?.focus(), []);

  const searching =
    query.trim() !== '' ||
    filters.bankId !== undefined ||
    filters.category !== '' ||
    filters.tag !== '' ||
    filters.difficulty !== undefined;

  // Every change searches at once; only the newest answer is shown, so fast typing never flashes stale results.
  useEffect(() => {
    remembered = { query, filters };
    if (!searching) return;
    const ticket = ++latest.current;
    void api.questions
      .search({
        query,
        ...(filters.bankId !== undefined && { bankId: filters.bankId }),
        ...(filters.category && { category: filters.category }),
        ...(filters.tag && { tag: filters.tag }),
        ...(filters.difficulty !== undefined && { difficulty: filters.difficulty }),
      })
      .then((result) => {
        if (ticket !== latest.current) return;
        setAnswer(result.ok ? { hits: result.value, error: null } : { hits: [], error: result.error });
        setActive(result.ok && result.value.length > 0 ? 0 : -1);
      });
  }, [query, filters, searching]);

  const hits = searching && answer ? answer.hits : null;
  const error = searching ? (answer?.error ?? null) : null;
  const open = (hit: SearchHit) => navigate(`/banks/questions/${hit.id}`);
  const activeHit = hits?.[active];
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));

  return (
    <section aria-labelledby="search-heading" className="search-page">
      <h1 id="search-heading">Search questions</h1>
      <div className="search-box">
        <label htmlFor={searchBoxId}>Search question text, tags, guidance and your notes</label>
        <input
          id={searchBoxId}
          ref={input}
          type="search"
          role="combobox"
          aria-expanded={hits !== null && hits.length > 0}
          aria-controls="search-results"
          aria-autocomplete="list"
          aria-activedescendant={activeHit ? `search-hit-${activeHit.id}` : undefined}
          aria-describedby="search-help"
          autoComplete="off"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => hits && handleResultKeys(e, hits.length, active, setActive, () => activeHit && open(activeHit))}
        />
        <p id="search-help" className="muted">
          Type part of a word. Use the up and down arrows to move through the results and Enter to open one.
        </p>
      </div>
      <fieldset className="search-filters">
        <legend>Filters</legend>
        <label>
          Bank
          <select
            value={filters.bankId ?? ''}
            onChange={(e) => set({ bankId: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })}
          >
            <option value="">All banks</option>
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
          <select value={filters.category} onChange={(e) => set({ category: e.currentTarget.value })}>
            <option value="">Any category</option>
            {facets.status === 'ready' && facets.value.categories.map((c) => <option key={c}>{c}</option>)}
          </select>
        </label>
        <label>
          Tag
          <select value={filters.tag} onChange={(e) => set({ tag: e.currentTarget.value })}>
            <option value="">Any tag</option>
            {facets.status === 'ready' && facets.value.tags.map((t) => <option key={t}>{t}</option>)}
          </select>
        </label>
        <label>
          Difficulty
          <select
            value={filters.difficulty ?? ''}
            onChange={(e) => set({ difficulty: e.currentTarget.value ? (Number(e.currentTarget.value) as Difficulty) : undefined })}
          >
            <option value="">Any difficulty</option>
            {([1, 2, 3] as const).map((d) => (
              <option key={d} value={d}>
                {difficultyLabels[d]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setFilters(noFilters)} disabled={filters === noFilters}>
          Clear filters
        </button>
      </fieldset>
      {error && <ErrorMessage error={error} />}
      <p role="status" aria-live="polite" className="muted">
        {hits === null
          ? ''
          : hits.length === 0
            ? 'No questions match.'
            : hits.length === 1
              ? '1 question found.'
              : `${hits.length === 50 ? 'The first 50' : hits.length} questions found.`}
      </p>
      {hits && hits.length > 0 && <SearchResults hits={hits} query={query} active={active} onActiveChange={setActive} onOpen={open} />}
    </section>
  );
}
