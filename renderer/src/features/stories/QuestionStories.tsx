import { useId, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import { storyLimits } from '../../../../shared/domain/stories/stories';
import { elide } from '../../../../shared/domain/text-limits';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { href, navigate, paths } from '../../lib/navigation';

/**
 * On a question's page (composed by the route table): the stories that answer it, a picker to link
 * one, and "Save as a story", which turns the question's STAR notes into a story linked to it.
 */
export function QuestionStories({ questionId }: { questionId: number }) {
  const id = useId();
  const [linked] = useApiQuery('stories.forQuestion', { questionId });
  const [all] = useApiQuery('stories.list', {});
  const [question] = useApiQuery('questions.get', { id: questionId });
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<ErrorData | null>(null);
  const [status, setStatus] = useState('');

  const linkedIds = new Set(linked.status === 'ready' ? linked.value.map((s) => s.id) : []);
  const linkable = all.status === 'ready' ? all.value.filter((s) => !linkedIds.has(s.id)) : [];
  const notes = question.status === 'ready' ? question.value.notes : null;
  const hasStar = notes !== null && [notes.situation, notes.task, notes.action, notes.result].some((t) => t.trim() !== '');

  async function link() {
    const storyId = Number(choice);
    if (!storyId) return;
    const result = await api.stories.linkQuestion({ storyId, questionId });
    if (!result.ok) return setError(result.error);
    setError(null);
    setChoice('');
    setStatus(`Linked “${result.value.title}”.`);
  }

  async function saveAsStory() {
    // Read again at the click: the notes editor saves as the user types, and its last save may be newer than the cache.
    const fresh = await api.questions.get({ id: questionId });
    if (!fresh.ok) return setError(fresh.error);
    const q = fresh.value;
    // A story title is shorter than a question: a long question is visibly elided (the story links to it, in full).
    const title = elide(q.text, storyLimits.titleMax);
    const result = await api.stories.create({
      fields: { title, situation: q.notes.situation, task: q.notes.task, action: q.notes.action, result: q.notes.result },
      questionId,
    });
    if (!result.ok) return setError(result.error);
    navigate(paths.story(result.value.id));
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="card question-stories">
      <h2 id={`${id}-heading`}>My stories for this question</h2>
      {linked.status === 'error' && <ErrorMessage error={linked.error} />}
      {linked.status === 'ready' &&
        (linked.value.length === 0 ? (
          <p className="muted">No story linked yet.</p>
        ) : (
          <ul>
            {linked.value.map((s) => (
              <li key={s.id}>
                <a href={href(paths.story(s.id))}>{s.title}</a>
                {s.competencies.length > 0 && <span className="muted"> — {s.competencies.join(', ')}</span>}
              </li>
            ))}
          </ul>
        ))}
      {linkable.length > 0 && (
        <div className="field inline-field">
          <label htmlFor={`${id}-pick`}>Link a story</label>
          <select id={`${id}-pick`} value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
            <option value="">Choose a story…</option>
            {linkable.map((s) => (
              <option key={s.id} value={String(s.id)}>
                {s.title}
              </option>
            ))}
          </select>
          <button type="button" disabled={choice === ''} onClick={() => void link()}>
            Link
          </button>
        </div>
      )}
      <p>
        <button type="button" onClick={() => void saveAsStory()} disabled={question.status !== 'ready'}>
          Save as a story
        </button>{' '}
        <span className="muted">
          {hasStar ? 'Copies your STAR notes into a new story linked to this question.' : 'Starts a story linked to this question.'}
        </span>
      </p>
      {error && <ErrorMessage error={error} />}
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
    </section>
  );
}
