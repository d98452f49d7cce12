import { z } from 'zod';
import { bankDescriptionSchema, bankNameSchema } from '../banks';
import { questionFieldSchemas, questionLimits } from '../questions';

/** ISO-8601 UTC timestamps as Rehearse writes them. */
export const timestampSchema = z.iso.datetime({ message: 'Must be a date and time like 2026-01-05T10:00:00.000Z' });

/** Notes in a file: any part may be left out. */
export const importNotesSchema = z.strictObject({
  situation: z.string().max(questionLimits.notesPartMax, `Situation must be at most ${questionLimits.notesPartMax} characters`).default(''),
  task: z.string().max(questionLimits.notesPartMax, `Task must be at most ${questionLimits.notesPartMax} characters`).default(''),
  action: z.string().max(questionLimits.notesPartMax, `Action must be at most ${questionLimits.notesPartMax} characters`).default(''),
  result: z.string().max(questionLimits.notesPartMax, `Result must be at most ${questionLimits.notesPartMax} characters`).default(''),
  free: z.string().max(questionLimits.freeNotesMax, `Notes must be at most ${questionLimits.freeNotesMax} characters`).default(''),
});

/** One question as any import format supplies it; only `text` is required. */
export const importQuestionSchema = z.strictObject({
  /** Starter files carry stable keys; an import ignores them. */
  key: z.string().max(200).optional(),
  text: questionFieldSchemas.text,
  category: questionFieldSchemas.category.default(''),
  tags: questionFieldSchemas.tags.default([]),
  difficulty: questionFieldSchemas.difficulty.default(2),
  suggestedSeconds: questionFieldSchemas.suggestedSeconds.default(120),
  guidance: questionFieldSchemas.guidance.default(''),
  star: questionFieldSchemas.star.default(false),
  notes: importNotesSchema.default({ situation: '', task: '', action: '', result: '', free: '' }),
  archived: z.boolean().default(false),
  createdAt: timestampSchema.optional(),
  updatedAt: timestampSchema.optional(),
});

export const importBankFieldsSchema = {
  key: z.string().max(200).optional(),
  name: bankNameSchema,
  description: bankDescriptionSchema.default(''),
  archived: z.boolean().default(false),
  createdAt: timestampSchema.optional(),
  updatedAt: timestampSchema.optional(),
};
