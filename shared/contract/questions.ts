import { z } from 'zod';
import {
  newQuestionSchema,
  notesSchema,
  questionFieldSchemas,
  questionPatchSchema,
  type Question,
  type StarNotes,
} from '../domain/questions';
import { type SaveOutcome, versionedChangesSchema } from '../domain/row-version';
import { type QuestionFacets, type SearchHit, searchQueryMax } from '../domain/question-search';
import { channel } from './channel';

const id = z.number().int().positive();

export const questionChannels = {
  'questions.list': channel(z.strictObject({ bankId: id, includeArchived: z.boolean().default(false) })).returns<Question[]>(),
  'questions.get': channel(z.strictObject({ id })).returns<Question>(),
  'questions.create': channel(newQuestionSchema).returns<Question>(),
  /** `base`: for each patched field, the value the edit started from; a field changed elsewhere meanwhile is a conflict. */
  'questions.update': channel(z.strictObject({ id, patch: questionPatchSchema, base: questionPatchSchema.optional() })).returns<Question>(),
  /**
   * Saves the STAR and free notes the user changed, as they type, against the row version they were based on:
   * merged with another window's changes to other notes, refused as a conflict (nothing written) when the same
   * note was changed since (shared/domain/row-version).
   */
  'questions.saveNotes': channel(z.strictObject({ id, save: versionedChangesSchema(notesSchema.shape) })).returns<SaveOutcome<StarNotes>>(),
  'questions.move': channel(z.strictObject({ id, bankId: id })).returns<Question>(),
  'questions.setArchived': channel(z.strictObject({ id, archived: z.boolean() })).returns<Question>(),
  'questions.search': channel(
    z.strictObject({
      query: z.string().max(searchQueryMax).default(''),
      bankId: id.optional(),
      category: questionFieldSchemas.category.optional(),
      tag: z.string().max(40).optional(),
      difficulty: questionFieldSchemas.difficulty.optional(),
      limit: z.number().int().min(1).max(200).default(50),
    }),
  ).returns<SearchHit[]>(),
  'questions.facets': channel(z.strictObject({})).returns<QuestionFacets>(),
};
