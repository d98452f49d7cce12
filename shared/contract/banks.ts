import { z } from 'zod';
import {
  bankDescriptionSchema,
  bankNameSchema,
  bankPurposeSchema,
  type BankDeletionImpact,
  type BankRemoval,
  type BankSummary,
} from '../domain/banks';
import { channel } from './channel';

const id = z.number().int().positive();

export const bankChannels = {
  'banks.list': channel(z.strictObject({ includeArchived: z.boolean().default(false) })).returns<BankSummary[]>(),
  'banks.get': channel(z.strictObject({ id })).returns<BankSummary>(),
  'banks.create': channel(
    z.strictObject({ name: bankNameSchema, description: bankDescriptionSchema.default(''), purpose: bankPurposeSchema.default('answer') }),
  ).returns<BankSummary>(),
  /** `purpose` 'ask' leaves the bank's questions out of sessions unless a set-up includes them (as the starter bank's). */
  'banks.update': channel(
    z.strictObject({
      id,
      name: bankNameSchema.optional(),
      description: bankDescriptionSchema.optional(),
      purpose: bankPurposeSchema.optional(),
      /** For each field sent, the value the edit started from; one changed in another window meanwhile is a conflict. */
      base: z
        .strictObject({
          name: bankNameSchema.optional(),
          description: bankDescriptionSchema.optional(),
          purpose: bankPurposeSchema.optional(),
        })
        .optional(),
    }),
  ).returns<BankSummary>(),
  /** What `banks.remove` would do, for the confirmation. */
  'banks.deletionImpact': channel(z.strictObject({ id })).returns<BankDeletionImpact>(),
  /** Deletes the bank, or archives it when it has practice history. */
  'banks.remove': channel(z.strictObject({ id })).returns<BankRemoval>(),
  'banks.restore': channel(z.strictObject({ id })).returns<BankSummary>(),
};
