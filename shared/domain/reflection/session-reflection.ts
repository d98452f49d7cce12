import { z } from 'zod';
import { idSchema } from './interview';

/** Each note of the short reflection after a mock interview, in characters. */
export const sessionNoteMax = 2000;

const note = (what: string) => z.string().max(sessionNoteMax, `Keep “${what}” under 2,000 characters`).default('');

/** The short reflection that closes a mock interview. */
export const sessionReflectionInputSchema = z.strictObject({
  sessionId: idSchema,
  wentWell: note('what went well'),
  toImprove: note('what to improve'),
  practiseNext: note('what to practise next'),
});

export interface SessionReflection {
  wentWell: string;
  toImprove: string;
  practiseNext: string;
  updatedAt: string;
}
