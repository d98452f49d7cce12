import { type InterviewCoreValues, interviewCoreFrom, isBlankInterview } from '../../../shared/domain/reflection/interview-form';
import { clearLocalDraft, keepLocalDraft, readLocalDraft } from './local-drafts';

/**
 * An upcoming interview typed but not yet logged — on the first-run screen (whose Start never waits
 * for the optional interview) or in home's log form — kept on this computer so that nothing typed is
 * lost: home offers to finish logging it, with what is missing named.
 */
const key = 'home.interview';

export function readHomeInterviewDraft(): InterviewCoreValues | null {
  const values = interviewCoreFrom(readLocalDraft(key));
  return isBlankInterview(values) ? null : values;
}

export function keepHomeInterviewDraft(values: InterviewCoreValues): void {
  if (isBlankInterview(values)) clearLocalDraft(key);
  else keepLocalDraft(key, values);
}

export function clearHomeInterviewDraft(): void {
  clearLocalDraft(key);
}
