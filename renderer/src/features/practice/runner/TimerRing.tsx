import { formatCountdown, formatElapsed, spokenDuration } from '../../../../../shared/domain/timer/format';
import type { TimerReading } from '../../../../../shared/domain/timer/timer-reading';

const radius = 54;
const circumference = 2 * Math.PI * radius;

function clockText(reading: TimerReading): { main: string; sub: string } {
  const phase = reading.phase === 'think' ? 'Thinking time' : 'Answer time';
  if (reading.remainingMs === null) return { main: formatElapsed(reading.elapsedMs), sub: `${phase} · no limit` };
  if (reading.remainingMs < 0) return { main: `+${formatElapsed(-reading.remainingMs)}`, sub: 'Over time' };
  const sub = reading.paused ? 'Paused' : reading.zone === 'warning' ? `${phase} · last 30 s` : phase;
  return { main: formatCountdown(reading.remainingMs), sub };
}

/**
 * The visual clock: a ring that empties as time passes and turns amber in the
 * last 30 seconds and red at zero, with the time in digits inside. It is
 * `role="timer"`, which screen readers do not read out as it changes; the
 * stage announces the moments that matter instead.
 */
export function TimerRing({ reading }: { reading: TimerReading }) {
  const { main, sub } = clockText(reading);
  const remainingShare = reading.limitMs === null ? 1 : 1 - reading.fraction;
  const label =
    reading.remainingMs === null
      ? `${spokenDuration(reading.elapsedMs)} elapsed`
      : reading.remainingMs < 0
        ? `${spokenDuration(-reading.remainingMs)} over time`
        : `${spokenDuration(reading.remainingMs, 'up')} left`;
  return (
    <div className={`timer-ring zone-${reading.zone}${reading.paused ? ' is-paused' : ''}`} role="timer" aria-label={label}>
      <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle className="timer-track" cx="60" cy="60" r={radius} />
        <circle
          className="timer-progress"
          cx="60"
          cy="60"
          r={radius}
          strokeDasharray={circumference}
          strokeDashoffset={circumference * (1 - remainingShare)}
        />
      </svg>
      <div className="timer-digits" aria-hidden="true">
        <span className="timer-main">{main}</span>
        <span className="timer-sub">{sub}</span>
      </div>
    </div>
  );
}
