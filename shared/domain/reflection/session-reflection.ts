import { z } from 'zod';
import { idSchema } from './interview';

const note = (what: string) => z.string().max(2000, `Keep “${what}” under 2,000 characters`).default('');

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
