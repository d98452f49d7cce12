import { useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { href, navigate, paths } from '../../lib/navigation';
import { QuestionLinker } from './QuestionLinker';
import { rehearsedLabel } from './rehearsed-label';
import { rehearseStory } from './rehearse-story';
import { StoryForm } from './StoryForm';
import { typingKeys } from '../../lib/kept-typing';
import { StoryUses } from './StoryUses';

/** `#/stories/<id>`: edit a story, link the questions it answers, record where it was used, rehearse it. */
export function StoryPage({ storyId }: { storyId: number }) {
  const [loaded] = useApiQuery('stories.get', { id: storyId });
  const [competencies] = useApiQuery('stories.competencies', {});
  const [error, setError] = useState<ErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  if (loaded.status === 'loading') return <p aria-live="polite">Loading…</p>;
  if (loaded.status === 'error') {
    return (
      <section>
        <h1>Story not found</h1>
        <ErrorMessage error={loaded.error} />
        <p>
          <a href={href(paths.stories)}>Back to my stories</a>
        </p>
      </section>
    );
  }
  const story = loaded.value;
  const nothingToAsk = story.competencies.length === 0 && story.questions.length === 0;

  async function rehearse() {
    setBusy(true);
    const result = await rehearseStory(storyId);
    setBusy(false);
    if (!result.ok) setError(result.error);
  }

  async function remove() {
    setBusy(true);
    const result = await api.stories.remove({ id: storyId });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    navigate(paths.stories);
  }

  return (
    <article aria-labelledby="story-heading" className="story-page">
      <p>
        <a href={href(paths.stories)}>Back to my stories</a>
      </p>
      <h1 id="story-heading">{story.title}</h1>
      <p className="muted">
        {story.competencies.join(' · ') || 'No competencies chosen yet'} — {rehearsedLabel(story.lastRehearsedAt)}
      </p>
      <p className="button-row">
        <button
          type="button"
          className="primary"
          disabled={busy || nothingToAsk}
          aria-describedby="rehearse-hint"
          onClick={() => void rehearse()}
        >
          Rehearse this story
        </button>
        <span id="rehearse-hint" className="muted">
          {nothingToAsk
            ? 'Link a question or choose a competency to rehearse it.'
            : 'Asks the questions it answers, then one “Tell me about a time you…” per competency.'}
        </span>
      </p>
      {error && <ErrorMessage error={error} />}
      <div className="story-columns">
        <section aria-labelledby="story-edit-heading" className="card">
          <h2 id="story-edit-heading">The story</h2>
          <StoryForm
            initial={story}
            submitLabel="Save story"
            draftKey={typingKeys.story(storyId)}
            competencies={competencies.status === 'ready' ? competencies.value : []}
            onSubmit={async (fields, base) => {
              const result = await api.stories.update({ id: storyId, fields, base });
              return result.ok ? null : result.error;
            }}
          />
        </section>
        <div className="stack">
          <QuestionLinker storyId={storyId} linked={story.questions} />
          <StoryUses storyId={storyId} uses={story.uses} />
          <section aria-labelledby="story-delete-heading" className="card">
            <h2 id="story-delete-heading">Delete</h2>
            {confirming ? (
              <ConfirmDialog
                title="Delete this story?"
                level={3}
                confirmLabel="Delete story"
                tone="danger"
                busy={busy}
                onConfirm={() => void remove()}
                onCancel={() => setConfirming(false)}
              >
                The story, its links to questions and where you used it are removed. The questions and your mock interviews stay.
              </ConfirmDialog>
            ) : (
              <button type="button" className="danger" onClick={() => setConfirming(true)}>
                Delete story
              </button>
            )}
          </section>
        </div>
      </div>
    </article>
  );
}
