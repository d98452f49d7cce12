import { z } from 'zod';
import { deliveryFactsSchema } from '../domain/delivery/facts';
import type { DeliveryMismatch, DeliveryTrendPoint } from '../domain/delivery/summaries';
import { recordIdSchema } from '../domain/answers';
import { channel } from './channel';
import { noInput } from './empty';

/**
 * Delivery facts (issue 15). The renderer decodes and analyses a recording
 * (Web Audio lives there) and stores the facts here; the names sit in the
 * sessions and progress domains, whose reads show them.
 */
export const deliveryChannels = {
  /** Stores (or replaces) the facts measured from one recording. */
  'sessions.saveDeliveryFacts': channel(z.strictObject({ recordingId: recordIdSchema, facts: deliveryFactsSchema })).returns<null>(),
  /** Recordings with no facts yet, or facts from an older analysis version: "Analyse older recordings". */
  'sessions.unanalysedRecordings': channel(noInput).returns<{ recordingIds: number[] }>(),
  /** Long pauses and talk ratio per session, oldest first, over the last `limit` sessions with facts. */
  'progress.deliveryTrend': channel(z.strictObject({ limit: z.number().int().min(1).max(200).default(20) })).returns<
    DeliveryTrendPoint[]
  >(),
  /** Answers rated 4–5 whose facts disagree, newest first. */
  'progress.deliveryMismatches': channel(z.strictObject({ limit: z.number().int().min(1).max(100).default(10) })).returns<
    DeliveryMismatch[]
  >(),
};
