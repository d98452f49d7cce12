import { dayOf, formatTime } from '../../../../shared/domain/dates/format';
import { daysBetween } from '../../../../shared/domain/progress/calendar';
import type { DueSummary } from '../../../../shared/domain/progress/dashboard';
import type { InterviewSummary } from '../../../../shared/domain/reflection/interview';
import type { MenuCommand } from '../../../../shared/shell/menu-commands';

/** One desktop notification, with where a click on it should take the user. */
export interface Reminder {
  /** Stable per occasion, so the same reminder is shown once (once a day for due questions, once per interview date). */
  key: string;
  title: string;
  body: string;
  opens: MenuCommand;
}

/** "A day away": an interview starting within the next 24 hours (and not already started). */
export const interviewLeadMs = 24 * 60 * 60 * 1000;

function startsWithinLead(heldAt: string, now: Date): boolean {
  const startsIn = Date.parse(heldAt) - now.getTime();
  return startsIn > 0 && startsIn <= interviewLeadMs;
}

/**
 * The reminders to show now, leaving out those already shown: questions due for review
 * today (one a day), and each upcoming interview (outcome still pending) that starts
 * within the next 24 hours (one per interview and date, so a rescheduled interview
 * reminds again). Pure: the caller reads the data and shows the notifications.
 */
export function remindersDue(input: {
  due: DueSummary;
  interviews: readonly InterviewSummary[];
  now: Date;
  shown: ReadonlySet<string>;
}): Reminder[] {
  const { due, interviews, now, shown } = input;
  const reminders: Reminder[] = [];
  if (due.dueToday + due.neverPractised > 0) {
    // The same two counts, in the same words, as the home screen's card (DueSummary).
    const parts = [
      ...(due.dueToday > 0
        ? [due.dueToday === 1 ? '1 question is due for review today' : `${due.dueToday} questions are due for review today`]
        : []),
      ...(due.neverPractised > 0
        ? [`${due.neverPractised} never practised ${due.neverPractised === 1 ? 'is' : 'are'} waiting for a first try`]
        : []),
    ];
    reminders.push({
      key: `due:${dayOf(now)}`,
      title: due.dueToday > 0 ? 'Questions to review' : 'Questions to practise',
      body: `${parts.join('; ')}. A short mock interview brings them back while they are fresh.`,
      opens: 'practice.start',
    });
  }
  for (const interview of interviews) {
    if (interview.outcome !== 'pending') continue;
    // Without a time, the interview is "a day away" on the day before and on its day (its start is not known).
    const daysAway = daysBetween(dayOf(now), interview.heldOn);
    if (interview.heldAt === null ? daysAway < 0 || daysAway > 1 : !startsWithinLead(interview.heldAt, now)) continue;
    const when = interview.heldOn === dayOf(now) ? 'today' : 'tomorrow';
    reminders.push({
      key: `interview:${interview.id}:${interview.heldAt ?? interview.heldOn}`,
      title: `Interview ${when}: ${interview.company}`,
      body: `${interview.role}, ${when}${interview.heldAt === null ? '' : ` at ${formatTime(interview.heldAt)}`}. A last practice run on your weakest questions helps most now.`,
      opens: 'practice.start',
    });
  }
  return reminders.filter((reminder) => !shown.has(reminder.key));
}

/** What `collectReminders` needs: the app's dispatch (the same contract the page uses) and its settings. */
export interface ReminderSource {
  dispatch: (channel: string, input: unknown, context: { transport: 'ipc' }) => Promise<{ ok: boolean; value?: unknown }>;
  settings: {
    getPreferences(): { reminders: boolean };
    getRemindersShown(): string[];
    setRemindersShown(keys: string[]): void;
  };
}

/**
 * Reads what is due and what is coming up through the contract, and returns the
 * reminders to show now, marking them shown (so they survive a restart as shown).
 * Returns [] when the user has not turned reminders on, or while the data cannot be read
 * (e.g. the database is waiting for recovery): a reminder is never worth an error.
 */
export async function collectReminders(source: ReminderSource, now: Date): Promise<Reminder[]> {
  if (!source.settings.getPreferences().reminders) return [];
  const [due, interviews] = await Promise.all([
    source.dispatch('progress.due', {}, { transport: 'ipc' }),
    source.dispatch('reflection.listInterviews', { outcome: 'pending' }, { transport: 'ipc' }),
  ]);
  if (!due.ok || !interviews.ok) return [];
  const shown = source.settings.getRemindersShown();
  const fresh = remindersDue({
    due: due.value as DueSummary,
    interviews: interviews.value as InterviewSummary[],
    now,
    shown: new Set(shown),
  });
  if (fresh.length > 0) source.settings.setRemindersShown([...shown, ...fresh.map((reminder) => reminder.key)]);
  return fresh;
}
