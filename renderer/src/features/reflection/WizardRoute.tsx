import { summaryPosition } from '../../../../shared/domain/reflection/drafts';
import { ReflectionWizard } from './ReflectionWizard';

/**
 * The wizard at the step an address names: a number (`…/step/2`), `summary`, or none (resume where the
 * user left off). A step out of range also resumes, as a bookmark from an older version would. Kept here,
 * not in the route table, so the shell does not load the reflection schemas to read a step number.
 */
export function WizardRoute({ interviewId, step }: { interviewId: number; step: number | 'summary' | null }) {
  const position = step === 'summary' ? summaryPosition : step !== null && step <= summaryPosition ? step : null;
  return <ReflectionWizard interviewId={interviewId} urlPosition={position} />;
}
