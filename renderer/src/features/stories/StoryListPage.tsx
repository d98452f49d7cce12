import { useState } from 'react';
import type { StorySummary } from '../../../../shared/domain/stories/stories';
import { foldKey } from '../../../../shared/domain/text-rules';
import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FilterSelect } from '../../components/FilterSelect';
import { href, paths } from '../../lib/navigation';
import { rehearsedLabel } from './rehearsed-label';

/** `#/stories`: every story, filterable by competency, with what each answers and when it was last rehearsed. */
export function StoryListPage() {
  const [stories, reload] = useApiQuery('stories.list', {});
  const [competencies] = useApiQuery('stories.competencies', {});
  const [competency, setCompetency] = useState('');

  const offered = competencies.status === 'ready' ? competencies.value : [];
  const shown = (list: StorySummary[]) =>
    competency === '' ? list : list.filter((s) => s.competencies.some((c) => foldKey(c) === foldKey(competency)));

  return (
    <section aria-labelledby="stories-heading">
      <h1 id="stories-heading">My stories</h1>
      <p className="muted">
        Short STAR stories you can reuse across competency questions: write each once, link it to the questions it answers and rehearse it
        aloud.
      </p>
      <p>
        <a href={href(paths.newStory)}>New story</a>
      </p>
      {stories.status === 'loading' && <p aria-live="polite">Loading…</p>}
      {stories.status === 'error' && <ErrorMessage error={stories.error} onRetry={reload} />}
      {stories.status === 'ready' && stories.value.length === 0 && (
        <p>No stories yet. Start with one you are proud of: a time you worked in a team, led something, or kept calm under pressure.</p>
      )}
      {stories.status === 'ready' && stories.value.length > 0 && (
        <>
          <FilterSelect
            label="Competency "
            anyLabel="All competencies"
            value={competency}
            values={offered}
            labels={Object.fromEntries(offered.map((c) => [c, c]))}
            onChange={setCompetency}
          />
          <ul className="story-list">
            {shown(stories.value).map((story) => (
              <li key={story.id} className="card">
                <h2>
                  <a href={href(paths.story(story.id))}>{story.title}</a>
                </h2>
                <p className="muted">{story.competencies.length > 0 ? story.competencies.join(' · ') : 'No competencies chosen'}</p>
                <p>
                  {story.questionCount === 1 ? 'Answers 1 question' : `Answers ${story.questionCount} questions`} · used{' '}
                  {story.useCount === 1 ? 'once' : `${story.useCount} times`} · {rehearsedLabel(story.lastRehearsedAt)}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
