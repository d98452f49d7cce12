import { z } from 'zod';
import { bankDescriptionSchema, bankNameSchema } from '../banks';
import { emptyNotes, newQuestionFieldSchemas, notesSchema, questionDefaults, questionFieldSchemas, type StarNotes } from '../questions';

/** ISO-8601 UTC timestamps as Rehearse writes them. */
export const timestampSchema = z.iso.datetime({ message: 'Must be a date and time like 2026-01-05T10:00:00.000Z' });

/** Notes in a file: any part may be left out. */
export const importNotesSchema = notesSchema.partial().transform((notes): StarNotes => ({
  ...emptyNotes,
  ...Object.fromEntries(Object.entries(notes).filter(([, text]) => text !== undefined)),
}));

/** One question as any import format supplies it; only `text` is required. */
export const importQuestionSchema = z.strictObject({
  /** Starter files carry stable keys; an import ignores them. */
  key: z.string().max(200).optional(),
  text: questionFieldSchemas.text,
  ...newQuestionFieldSchemas,
  notes: importNotesSchema.default(() => questionDefaults().notes),
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
