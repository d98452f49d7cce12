import { useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import { relativeDayPhrase } from '../../../../shared/domain/dates/relative';
import type { Readiness } from '../../../../shared/domain/readiness/readiness';
import { ErrorMessage } from '../../components/ErrorMessage';
import { href, paths } from '../../lib/navigation';
import { questionCount, sessionOf } from './format';
import { startPlanSession } from './start-plan-session';

/** A figure that opens the questions it counts. */
function Figure({ interviewId, show, children }: { interviewId: number; show: string; children: React.ReactNode }) {
  return <a href={href(paths.readiness(interviewId, show))}>{children}</a>;
}

/**
 * Readiness as facts (issue 10, item 4): counts of named plan questions and
 * answers, each a link to them, and what to do today with a button that starts
 * exactly that session. No score.
 */
export function ReadinessFacts({ readiness, headingLevel = 3 }: { readiness: Readiness; headingLevel?: 2 | 3 }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorData | null>(null);
  const { interview, today, time } = readiness;
  const id = interview.id;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const size = readiness.questions.length;
  const session = today.sessionIds.length;

  if (interview.daysLeft < 0) {
    // The plan ended on the day: no session to offer, the next step is the outcome (home asks for it too).
    return (
      <p>
        The interview was {relativeDayPhrase(interview.daysLeft)}, so its preparation plan has ended.{' '}
        <a href={href(paths.interview(id))}>Record how it went and reflect on it</a>.
      </p>
    );
  }

  if (size === 0) {
    return (
      <p className="muted">
        No questions in the plan yet. <a href={href(paths.plan(id))}>Choose what to practise</a> for this interview.
      </p>
    );
  }

  return (
    <div className="readiness-facts">
      <Heading className="readiness-today-heading">What to do today</Heading>
      {session > 0 ? (
        <>
          <p>
            <Figure interviewId={id} show="today">
              {questionCount(today.dueIds.length)} due, {today.neverIds.length} never practised
            </Figure>
            : start {sessionOf(session)}.
          </p>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void startPlanSession(today.sessionIds).then((result) => {
                setBusy(false);
                setError(result.ok ? null : result.error);
              });
            }}
          >
            {busy ? 'Starting…' : `Start ${sessionOf(session)}`}
          </button>
        </>
      ) : (
        <p>Nothing in the plan is due today: every question has been practised and none needs review yet.</p>
      )}
      {error && <ErrorMessage error={error} />}
      <ul className="readiness-figures">
        <li>
          <Figure interviewId={id} show="practised">
            {readiness.practised} of {questionCount(size)} practised
          </Figure>
          {readiness.never > 0 && (
            <>
              {' · '}
              <Figure interviewId={id} show="never">
                {readiness.never} never practised
              </Figure>
            </>
          )}
        </li>
        <li>
          <Figure interviewId={id} show="ready">
            {readiness.ready} ready
          </Figure>{' '}
          (recent confidence 4 or 5) ·{' '}
          <Figure interviewId={id} show="not-ready">
            {size - readiness.ready} not ready yet
          </Figure>
        </li>
        <li>
          {time.timed === 0 ? (
            'No timed answers since you logged this interview'
          ) : (
            <>
              <Figure interviewId={id} show="timed">
                {time.within} of {time.timed} timed answers
              </Figure>{' '}
              within the time limit
              {time.over > 0 && (
                <>
                  {' · '}
                  <Figure interviewId={id} show="over">
                    {time.over} over or cut off at the limit
                  </Figure>
                </>
              )}
            </>
          )}
        </li>
        {readiness.failingChecks.map((c) => (
          <li key={c.key}>
            Self-check keeps failing:{' '}
            <Figure interviewId={id} show={`check:${c.key}`}>
              “{c.label}” missed in {c.missed} of {c.done} self-checks
            </Figure>
          </li>
        ))}
        <li>
          {interview.daysLeft <= 0 ? 'The interview is today' : `${interview.daysLeft} ${interview.daysLeft === 1 ? 'day' : 'days'} left`}
        </li>
      </ul>
    </div>
  );
}
