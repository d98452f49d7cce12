import { backupScenario } from './backup-scenario';
import { bankScenarios } from './bank-scenarios';
import { interviewPrepScenarios } from './interview-prep-scenarios';
import { questionScenarios } from './question-scenarios';
import { reflectionScenarios } from './reflection-scenarios';
import type { Scenario } from './scenario-types';
import { sessionEndScenario, sessionScenarios } from './session-scenarios';
import { storyScenarios } from './story-scenarios';

export type { Call, Check, Fixtures, Scenario } from './scenario-types';
export { makeFixtures } from './fixtures';

/**
 * One scenario per channel that writes rows or files, in the order a round runs them;
 * `test/unit/reliability/full-disk.test.ts` checks none is missing. sessions.end runs last.
 */
export const scenarios: Scenario[] = [
  ...bankScenarios,
  ...questionScenarios,
  ...sessionScenarios,
  ...reflectionScenarios,
  ...interviewPrepScenarios,
  ...storyScenarios,
  backupScenario,
  sessionEndScenario,
];
