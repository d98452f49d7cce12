import type { Calibration, Rhythm, TimeAgainstLimit, Totals } from '../../../../shared/domain/progress/dashboard';
import { formatAverage, formatDuration, percent, plural } from './format';

/** Streak, totals and time against the limit, as short plain sentences. */
export function PracticeFacts({ totals, rhythm, time }: { totals: Totals; rhythm: Rhythm; time: TimeAgainstLimit }) {
  return (
    <dl className="fact-grid">
      <div className="fact">
        <dt>Current streak</dt>
        <dd>
          <strong>{plural(rhythm.currentStreakDays, 'day')}</strong>
          <span className="muted">
            {rhythm.currentStreakDays > 0 && !rhythm.practisedToday ? 'Practise today to keep it going.' : ''}
            {rhythm.longestStreakDays > 0 ? ` Longest: ${plural(rhythm.longestStreakDays, 'day')}.` : ''}
          </span>
        </dd>
      </div>
      <div className="fact">
        <dt>Last 30 days</dt>
        <dd>
          <strong>{plural(rhythm.daysPractisedLast30, 'day')}</strong> <span className="muted">with practice</span>
        </dd>
      </div>
      <div className="fact">
        <dt>In this period</dt>
        <dd>
          <strong>{plural(totals.sessions, 'mock interview')}</strong>
          <span className="muted">
            {plural(totals.rated, 'rated answer')}
            {totals.skipped > 0 ? `, ${plural(totals.skipped, 'skipped question')}` : ''}; average {formatAverage(totals.average)}
          </span>
        </dd>
      </div>
      <div className="fact">
        <dt>Time against the limit</dt>
        <dd>
          {time.timed === 0 ? (
            <span className="muted">No timed answers yet.</span>
          ) : (
            <>
              <strong>{percent(time.over, time.timed)} over</strong>
              <span className="muted">
                {plural(time.over, 'answer')} of {time.timed} timed went over
                {time.averageOverMs !== null ? `, by ${formatDuration(time.averageOverMs)} on average` : ''}.
              </span>
            </>
          )}
        </dd>
      </div>
    </dl>
  );
}

/** Facts about how ratings line up with time and self-checks, and how replaying changes them; no verdicts. */
export function CalibrationFacts({ calibration: c }: { calibration: Calibration }) {
  const gap = c.averageGap;
  return (
    <ul className="calibration">
      {c.confident === 0 ? (
        <li className="muted">Once you rate answers 4 or 5, you will see here how they went against the clock and your self-check.</li>
      ) : (
        <>
          <li>
            Of {plural(c.confident, 'answer')} you rated 4 or 5,{' '}
            {c.confidentTimed === 0 ? 'none had a time limit' : `${c.confidentOver} of ${c.confidentTimed} timed went over the limit`}.
          </li>
          <li>
            {c.confidentChecked === 0
              ? 'None of them has a delivery self-check done (nothing ticked), so there is nothing to compare.'
              : `${c.confidentMissed} of the ${c.confidentChecked} with the self-check done had at least one item left unticked` +
                (c.confident > c.confidentChecked ? `; ${c.confident - c.confidentChecked} had no self-check done.` : '.')}
          </li>
        </>
      )}
      {c.rerated === 0 ? (
        <li className="muted">Rate an answer again after replaying its recording to see how the two ratings compare.</li>
      ) : (
        <li>
          You rated {plural(c.rerated, 'answer')} again after replaying the recording:{' '}
          {gap === null || Math.abs(gap) < 0.05
            ? 'on average the same'
            : `on average ${Math.abs(gap).toFixed(1)} ${gap < 0 ? 'lower' : 'higher'}`}{' '}
          ({c.lowered} lower, {c.raised} higher, {c.rerated - c.lowered - c.raised} the same).
        </li>
      )}
    </ul>
  );
}
