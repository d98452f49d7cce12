import type { storyChannels } from '../../../../shared/contract/stories';
import { builtInCompetencyNames, type Story, type StoryFields } from '../../../../shared/domain/stories/stories';
import { foldKey } from '../../../../shared/domain/text-rules';
import type { FeatureDeps } from '../../feature-deps';
import type { HandlersFor } from '../../ipc/handlers';
import { applyEdit } from '../changed-elsewhere';
import { dueQuestionIds, weakestQuestionIds } from '../progress/selection';
import { sessionWrites } from '../sessions/session-writes';
import { storyGaps } from './story-gaps';
import { storyRehearsal } from './story-rehearsal';
import { storyStore } from './story-store';

type StoryChannel = keyof typeof storyChannels;

/** The story bank's channels (issue 14, item 5). */
export function storyHandlers(deps: FeatureDeps): HandlersFor<StoryChannel> {
  const { db, now } = deps;
  const stories = storyStore(db);
  const sessions = sessionWrites(
    db,
    { weakest: (ids, limit) => weakestQuestionIds(db, ids, limit), due: (at, ids, limit) => dueQuestionIds(db, at, ids, limit) },
    now,
  );
  const rehearsal = storyRehearsal(db, stories, (setup, questionIds) => sessions.start(setup, questionIds));

  return {
    'stories.list': () => stories.list(),
    'stories.get': ({ id }) => stories.get(id),
    'stories.create': ({ fields, questionId }) => stories.get(stories.create(fields, questionId, now())),
    'stories.update': ({ id, fields, base }) => {
      stories.update(id, base ? applyEdit(storyFieldsOf(stories.get(id)), fields, base, storyLabels) : fields, now());
      return stories.get(id);
    },
    'stories.remove': ({ id }) => {
      stories.remove(id);
      return null;
    },
    'stories.linkQuestion': ({ storyId, questionId }) => {
      stories.link(storyId, questionId, now());
      return stories.get(storyId);
    },
    'stories.unlinkQuestion': ({ storyId, questionId }) => {
      stories.unlink(storyId, questionId, now());
      return stories.get(storyId);
    },
    'stories.forQuestion': ({ questionId }) => stories.forQuestion(questionId),
    'stories.addUse': ({ storyId, use }) => {
      stories.addUse(storyId, use, now());
      return stories.get(storyId);
    },
    'stories.removeUse': ({ storyId, useId }) => {
      stories.removeUse(storyId, useId, now());
      return stories.get(storyId);
    },
    'stories.competencies': () => {
      const builtIn = new Set(builtInCompetencyNames.map(foldKey));
      return [...builtInCompetencyNames, ...stories.competenciesInUse().filter((c) => !builtIn.has(foldKey(c)))];
    },
    'stories.rehearse': ({ storyId, setup }) => ({ sessionId: rehearsal.start(storyId, setup, now()) }),
    'stories.gaps': () => storyGaps(stories, now()),
  };
}

const storyLabels: Record<keyof StoryFields, string> = {
  title: 'The title',
  situation: 'The situation',
  task: 'The task',
  action: 'The action',
  result: 'The result',
  competencies: 'The competencies',
};

function storyFieldsOf(story: Story): StoryFields {
  const { title, situation, task, action, result, competencies } = story;
  return { title, situation, task, action, result, competencies };
}
