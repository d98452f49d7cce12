import type { readinessChannels } from '../../../../shared/contract/readiness';
import type { FeatureDeps } from '../../feature-deps';
import type { HandlersFor } from '../../ipc/handlers';
import { planStore } from './plan-store';
import { planSuggestions } from './plan-suggestions';
import { readinessQuery } from './readiness-query';
import { upcomingQuery } from './upcoming-query';

/** Handlers for the upcoming interview, its preparation plan and its readiness facts. */
export function readinessHandlers({ db, now }: FeatureDeps): HandlersFor<keyof typeof readinessChannels> {
  const plans = planStore(db);
  const suggestions = planSuggestions(db);
  const readiness = readinessQuery(db);
  const upcoming = upcomingQuery(db);
  return {
    'progress.upcoming': () => upcoming(now()),
    'progress.plan': ({ interviewId }) => plans.get(interviewId),
    'progress.planSuggestions': ({ interviewId }) => (plans.get(interviewId), suggestions.suggest(interviewId)),
    'progress.savePlan': (input) => plans.save(input, now()),
    'progress.readiness': ({ interviewId }) => readiness(interviewId, now()),
  };
}
