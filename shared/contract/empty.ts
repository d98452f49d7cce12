import { z } from 'zod';

/** Input of a channel that takes nothing: `{}` and nothing else. */
export const noInput = z.strictObject({});
