import { useId } from 'react';
import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { href, paths } from '../../lib/navigation';
import { rehearsedLabel } from './rehearsed-label';

/** Progress's story section (composed by the route table): competencies with no story, stories not rehearsed lately. */
export function StoryGapsSection() {
  const id = useId();
  const [gaps, reload] = useApiQuery('stories.gaps', {});
  return (
    <section aria-labelledby={`${id}-heading`} className="card story-gaps">
      <h2 id={`${id}-heading`}>My stories</h2>
      {gaps.status === 'loading' && <p aria-live="polite">Loading…</p>}
      {gaps.status === 'error' && <ErrorMessage error={gaps.error} onRetry={reload} />}
      {gaps.status === 'ready' && (
        <>
          <h3>Competencies with no story</h3>
          {gaps.value.competenciesWithoutStory.length === 0 ? (
            <p>Every competency on the list has at least one story.</p>
          ) : (
            <>
              <ul className="inline-list">
                {gaps.value.competenciesWithoutStory.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
              <p>
                <a href={href(paths.newStory)}>Write a story</a>
              </p>
            </>
          )}
          <h3>Not rehearsed in the last {gaps.value.staleDays} days</h3>
          {gaps.value.storyCount === 0 ? (
            <p>No stories yet: write one and rehearse it from its page.</p>
          ) : gaps.value.notRehearsedLately.length === 0 ? (
            <p>Every story has been rehearsed lately.</p>
          ) : (
            <ul>
              {gaps.value.notRehearsedLately.map((s) => (
                <li key={s.id}>
                  <a href={href(paths.story(s.id))}>{s.title}</a> <span className="muted">— {rehearsedLabel(s.lastRehearsedAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
