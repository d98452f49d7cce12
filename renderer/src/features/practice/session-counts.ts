import type { SessionListEntry } from '../../../../shared/domain/sessions';

/**
 * "2 of 3 answered" plus ", 1 skipped" when a question was skipped: a skip is saved (it is in the summary as
 * "Skipped after 0:04") but it is not an answer, so it is named apart rather than counted as answered.
 */
export function answeredPhrase(session: Pick<SessionListEntry, 'answeredCount' | 'skippedCount' | 'questionCount'>): string {
  const skipped = session.skippedCount > 0 ? `, ${session.skippedCount} skipped` : '';
  return `${session.answeredCount} of ${session.questionCount} answered${skipped}`;
}

/** True when the session saved something to summarise: an answer or a skip (ending it then completes it). */
export const hasSavedAnything = (session: Pick<SessionListEntry, 'answeredCount' | 'skippedCount'>): boolean =>
  session.answeredCount + session.skippedCount > 0;
