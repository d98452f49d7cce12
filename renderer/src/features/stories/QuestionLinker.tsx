import { useId, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import type { StoryQuestion } from '../../../../shared/domain/stories/stories';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { MatchSnippet } from '../../components/SearchMatch';
import { searchQueryMax } from '../../../../shared/domain/question-search';
import { href, paths } from '../../lib/navigation';

interface Props {
  storyId: number;
  linked: readonly StoryQuestion[];
}

/** The questions a story answers, and a search to link more (competency questions first: search "team", "conflict"…). */
export function QuestionLinker({ storyId, linked }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [error, setError] = useState<ErrorData | null>(null);
  const [status, setStatus] = useState('');
  const [hits] = useApiQuery('questions.search', { query: query.trim(), limit: 8 });
  const linkedIds = new Set(linked.map((q) => q.questionId));

  async function change(questionId: number, text: string, link: boolean) {
    const input = { storyId, questionId };
    const result = link ? await api.stories.linkQuestion(input) : await api.stories.unlinkQuestion(input);
    if (!result.ok) return setError(result.error);
    setError(null);
    setStatus(link ? `Linked “${text}”.` : `Unlinked “${text}”.`);
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="card">
      <h2 id={`${id}-heading`}>Questions this story answers</h2>
      {linked.length === 0 ? (
        <p className="muted">None yet. Search below for the competency questions this story answers.</p>
      ) : (
        <ul className="linked-questions">
          {linked.map((q) => (
            <li key={q.questionId}>
              <a href={href(paths.question(q.questionId))}>{q.text}</a>{' '}
              <button type="button" onClick={() => void change(q.questionId, q.text, false)}>
                Unlink<span className="visually-hidden"> “{q.text}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <TextField label="Find a question to link" type="search" value={query} limit={searchQueryMax} onChange={setQuery} />
      {query.trim() !== '' && hits.status === 'ready' && (
        <ul className="question-hits" aria-label="Matching questions">
          {hits.value.length === 0 && <li className="muted">No question matches.</li>}
          {hits.value.map((hit) => (
            <li key={hit.id}>
              <span>{hit.text}</span> <MatchSnippet hit={hit} />{' '}
              {linkedIds.has(hit.id) ? (
                <span className="muted">(linked)</span>
              ) : (
                <button type="button" onClick={() => void change(hit.id, hit.text, true)}>
                  Link<span className="visually-hidden"> “{hit.text}”</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && <ErrorMessage error={error} />}
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
    </section>
  );
}
