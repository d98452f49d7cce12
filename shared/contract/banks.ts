import { z } from 'zod';
import type { BankSummary } from '../domain/banks';
import { channel } from './channel';

export const bankChannels = {
  'banks.list': channel(z.strictObject({ includeArchived: z.boolean().default(false) })).returns<BankSummary[]>(),
};
