import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { href, navigate, paths } from '../../lib/navigation';
import { blankStory, StoryForm } from './StoryForm';
import { typingKeys } from '../../lib/kept-typing';

/** `#/stories/new`: a blank story; once saved, its page opens to link questions and record uses. */
export function NewStoryPage() {
  const [competencies] = useApiQuery('stories.competencies', {});
  return (
    <section aria-labelledby="new-story-heading">
      <p>
        <a href={href(paths.stories)}>Back to my stories</a>
      </p>
      <h1 id="new-story-heading">New story</h1>
      <StoryForm
        initial={blankStory}
        submitLabel="Save story"
        draftKey={typingKeys.story(null)}
        competencies={competencies.status === 'ready' ? competencies.value : []}
        onSubmit={async (fields) => {
          const result = await api.stories.create({ fields });
          if (!result.ok) return result.error;
          navigate(paths.story(result.value.id));
          return null;
        }}
      />
    </section>
  );
}
