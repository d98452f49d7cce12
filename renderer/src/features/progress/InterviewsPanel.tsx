import type { ActionItem } from '../../../../shared/domain/reflection/action-items';
import {
  type InterviewOutcome,
  interviewOutcomes,
  type InterviewSummary,
  outcomeLabels,
  stageLabels,
} from '../../../../shared/domain/reflection/interview';
import { formatCalendarDay } from '../../../../shared/domain/dates/format';
import { interviewName, interviewWhen } from '../../../../shared/domain/reflection/interview-name';
import { plural } from './format';

interface Props {
  interviews: InterviewSummary[];
  openActions: ActionItem[];
}

/** Real interviews and how they went, and the action items still open: facts from the reflection log. */
export function InterviewsPanel({ interviews, openActions }: Props) {
  if (interviews.length === 0 && openActions.length === 0) {
    return (
      <p className="empty-state">
        After a real interview, <a href="#/reflection/new">log it and reflect</a>: its outcome and the things you decide to work on show up
        here.
      </p>
    );
  }
  const counts = new Map<InterviewOutcome, number>();
  for (const interview of interviews) counts.set(interview.outcome, (counts.get(interview.outcome) ?? 0) + 1);
  // The list comes newest first from the main process (by start, or by day when no time was given).
  const recent = interviews.slice(0, 5);
  return (
    <div className="interviews-panel">
      <div>
        <h3>Interviews</h3>
        <p>
          {plural(interviews.length, 'interview')} logged
          {interviews.length > 0 && ': '}
          {interviewOutcomes
            .filter((o) => counts.has(o))
            .map((o) => `${counts.get(o)} ${outcomeLabels[o].toLowerCase()}`)
            .join(', ')}
          .
        </p>
        {recent.length > 0 && (
          <ul className="plain-list">
            {recent.map((i) => (
              <li key={i.id}>
                <a href={`#/reflection/interview/${i.id}`}>{interviewName(i)}</a>{' '}
                <span className="muted">
                  {[interviewWhen(i), i.stage ? stageLabels[i.stage] : null, `Outcome: ${outcomeLabels[i.outcome]}`]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3>Open action items</h3>
        {openActions.length === 0 ? (
          <p className="muted">None open.</p>
        ) : (
          <ul className="plain-list">
            {openActions.slice(0, 6).map((a) => (
              <li key={a.id}>
                {a.title}
                <span className="muted">
                  {a.dueOn ? ` — by ${formatCalendarDay(a.dueOn)}` : ''}
                  {a.interview ? ` (${interviewName(a.interview)})` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
        <a href="#/reflection/actions">All action items ({openActions.length} open)</a>
      </div>
    </div>
  );
}
