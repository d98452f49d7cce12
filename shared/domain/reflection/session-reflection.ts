import { overMax } from '../limit-messages';
import { z } from 'zod';
import { idSchema } from './interview';

/** Each note of the short reflection after a mock interview, in characters. */
export const sessionNoteMax = 2000;

const note = (what: string) =>
  z
    .string()
    .max(sessionNoteMax, overMax(`“${what}”`, sessionNoteMax))
    .default('');

/** The three notes of the short reflection that closes a mock interview. */
export const sessionReflectionFieldsSchema = z.strictObject({
  wentWell: note('what went well'),
  toImprove: note('what to improve'),
  practiseNext: note('what to practise next'),
});
export type SessionReflectionFields = z.output<typeof sessionReflectionFieldsSchema>;

/**
 * Saving it. `base`, when sent, holds the notes as the form loaded them (or last saved them): only the notes that
 * differ from it are written, and one changed in another window meanwhile is a conflict (issue 16, item 2).
 */
export const sessionReflectionInputSchema = sessionReflectionFieldsSchema.extend({
  sessionId: idSchema,
  base: sessionReflectionFieldsSchema.optional(),
});

export interface SessionReflection {
  wentWell: string;
  toImprove: string;
  practiseNext: string;
  updatedAt: string;
}
