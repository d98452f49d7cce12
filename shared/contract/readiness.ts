import { z } from 'zod';
import { type Plan, type PlanSuggestions, type Readiness, savePlanSchema, type UpcomingSummary } from '../domain/readiness/readiness';
import { idSchema } from '../domain/reflection/interview';
import { channel } from './channel';
import { noInput } from './empty';

const byInterview = z.strictObject({ interviewId: idSchema });

/**
 * Readiness for a dated interview (issue 10, items 1, 2, 4). In the `progress`
 * domain: these figures change whenever answers, the schedule or the interview log do.
 */
export const readinessChannels = {
  /** The next interview held after now, and past ones still waiting for their outcome. */
  'progress.upcoming': channel(noInput).returns<UpcomingSummary>(),
  /** An interview's preparation plan. */
  'progress.plan': channel(byInterview).returns<Plan>(),
  /** Questions to offer for the plan: job-description matches and struggled questions, with reasons. */
  'progress.planSuggestions': channel(byInterview).returns<PlanSuggestions>(),
  /** Replaces the plan's questions. */
  'progress.savePlan': channel(savePlanSchema).returns<Plan>(),
  /** The readiness facts for one interview's plan. */
  'progress.readiness': channel(byInterview).returns<Readiness>(),
};
