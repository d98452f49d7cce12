import { z } from 'zod';
import { recordIdSchema } from '../domain/answers';
import { sessionSetupSchema } from '../domain/sessions';
import { type Story, type StoryGaps, storyFieldsSchema, type StorySummary, storyUseInputSchema } from '../domain/stories/stories';
import { channel } from './channel';
import { noInput } from './empty';

const id = recordIdSchema;
const link = z.strictObject({ storyId: id, questionId: id });

export const storyChannels = {
  /** Every story, most recently changed first. */
  'stories.list': channel(noInput).returns<StorySummary[]>(),
  'stories.get': channel(z.strictObject({ id })).returns<Story>(),
  /** Creates a story; with `questionId` (e.g. "Save as a story" on a question) it is linked to that question. */
  'stories.create': channel(z.strictObject({ fields: storyFieldsSchema, questionId: id.optional() })).returns<Story>(),
  /** `base`: the fields the edit started from; only fields that differ from it are written, and one changed elsewhere meanwhile is a conflict. */
  'stories.update': channel(z.strictObject({ id, fields: storyFieldsSchema, base: storyFieldsSchema.optional() })).returns<Story>(),
  /** Deletes a story with its links, uses and rehearsal records; the questions and sessions stay. */
  'stories.remove': channel(z.strictObject({ id })).returns<null>(),
  /** Links a story to a question it answers (idempotent). */
  'stories.linkQuestion': channel(link).returns<Story>(),
  'stories.unlinkQuestion': channel(link).returns<Story>(),
  /** The stories linked to one question. */
  'stories.forQuestion': channel(z.strictObject({ questionId: id })).returns<StorySummary[]>(),
  /** Records that the story was told at a company or logged interview. */
  'stories.addUse': channel(z.strictObject({ storyId: id, use: storyUseInputSchema })).returns<Story>(),
  'stories.removeUse': channel(z.strictObject({ storyId: id, useId: id })).returns<Story>(),
  /** The competencies to choose from: the built-in list, then the user's own in use. */
  'stories.competencies': channel(noInput).returns<string[]>(),
  /**
   * Starts a mock interview rehearsing a story: one "Tell me about a time you…" question per
   * competency (from the "Story rehearsal" bank, made on first use), with the set-up's timing.
   */
  'stories.rehearse': channel(z.strictObject({ storyId: id, setup: sessionSetupSchema })).returns<{ sessionId: number }>(),
  /** Competencies with no story and stories not rehearsed lately, for Progress. */
  'stories.gaps': channel(noInput).returns<StoryGaps>(),
};
