import { setup } from './inputs';
import { removeFirst, type Scenario, sql, value } from './scenario-types';

/** A story's text and competencies in one value, so a half-written edit (one without the other) shows. */
const storyState = `SELECT s.situation || '|' || coalesce((SELECT group_concat(competency) FROM
  (SELECT competency FROM story_competencies WHERE story_id = s.id ORDER BY competency)), '') FROM stories s WHERE s.id = ?`;

/** Each round's competencies, alternating, so every edit rewrites the story's competency rows. */
const competencies = (round: number) => (round % 2 === 0 ? ['Conflict', 'Leadership'] : ['Teamwork']);

/** The story bank: create, edit, remove, link to questions, record where a story was told, rehearse it. */
export const storyScenarios: Scenario[] = [
  {
    channel: 'stories.create',
    async run(call, f, m) {
      const result = await call('stories.create', { fields: { title: m, situation: m, competencies: ['Teamwork'] } });
      const story = value<{ id: number }>(result);
      if (story) f.made.stories.push(story.id);
      return { result, check: sql(m, 'SELECT count(*) FROM stories WHERE title = ? AND situation = title', [m], 1) };
    },
  },
  {
    channel: 'stories.update',
    async run(call, f, m, round) {
      const fields = { title: 'Fixture story', situation: m, competencies: competencies(round) };
      const result = await call('stories.update', { id: f.storyId, fields });
      return { result, check: sql('story', storyState, [f.storyId], `${m}|${[...fields.competencies].sort().join(',')}`) };
    },
  },
  {
    channel: 'stories.remove',
    run: (call, f) =>
      removeFirst(
        f.made.stories,
        (id) => call('stories.remove', { id }),
        (id) => sql(`story-${id}`, 'SELECT count(*) FROM stories WHERE id = ?', [id], 0),
      ),
  },
  {
    channel: 'stories.linkQuestion',
    async run(call, f) {
      // Linking again is idempotent but still a write: the story's "changed" time moves.
      const questionId = f.questionIds[0]!;
      const result = await call('stories.linkQuestion', { storyId: f.storyId, questionId });
      return {
        result,
        check: sql(
          'story-link',
          'SELECT count(*) FROM question_stories WHERE story_id = ? AND question_id = ?',
          [f.storyId, questionId],
          1,
        ),
      };
    },
  },
  {
    channel: 'stories.unlinkQuestion',
    run: (call, f) =>
      removeFirst(
        f.made.links,
        (questionId) => call('stories.unlinkQuestion', { storyId: f.storyId, questionId }),
        (questionId) =>
          sql(
            `story-unlink-${questionId}`,
            'SELECT count(*) FROM question_stories WHERE story_id = ? AND question_id = ?',
            [f.storyId, questionId],
            0,
          ),
      ),
  },
  {
    channel: 'stories.addUse',
    async run(call, f, m) {
      const result = await call('stories.addUse', { storyId: f.storyId, use: { company: m, usedOn: '2026-02-01' } });
      const story = value<{ uses: { id: number; company: string }[] }>(result);
      const use = story?.uses.find((u) => u.company === m);
      if (use) f.made.uses.push(use.id);
      return { result, check: sql(m, 'SELECT count(*) FROM story_uses WHERE story_id = ? AND company = ?', [f.storyId, m], 1) };
    },
  },
  {
    channel: 'stories.removeUse',
    run: (call, f) =>
      removeFirst(
        f.made.uses,
        (useId) => call('stories.removeUse', { storyId: f.storyId, useId }),
        (useId) => sql(`use-${useId}`, 'SELECT count(*) FROM story_uses WHERE id = ?', [useId], 0),
      ),
  },
  {
    channel: 'stories.rehearse',
    async run(call, f) {
      const result = await call('stories.rehearse', {
        storyId: f.rehearsalStoryId,
        setup: { ...setup, bankIds: [f.bankId], count: 2 },
      });
      const started = value<{ sessionId: number }>(result);
      // Like sessions.start, it ends the session before: the answer scenarios follow the rehearsal.
      if (started) Object.assign(f, { sessionId: started.sessionId, sessionEnded: false });
      return {
        result,
        check: started
          ? sql(
              `rehearsal-${started.sessionId}`,
              'SELECT count(*) FROM story_rehearsals r JOIN practice_sessions s ON s.id = r.session_id WHERE r.story_id = ? AND r.session_id = ?',
              [f.rehearsalStoryId, started.sessionId],
              1,
            )
          : null,
      };
    },
  },
];
