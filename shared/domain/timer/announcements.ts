import type { Pressure } from '../sessions';
import { spokenDuration } from './format';
import { type TimerReading, warningBeforeMs } from './timer-reading';

/**
 * What a screen reader should hear between two readings of the timer, or null.
 * The timer is silent except at the moments that matter: the answer clock
 * starting, 30 seconds left, and zero. Comparing two readings (rather than
 * reacting to ticks) means a threshold is never missed and never repeated,
 * however far apart the readings are; if the window slept through both the
 * 30-second mark and zero, only the newer news is given.
 */
export function announcementBetween(previous: TimerReading, next: TimerReading, pressure: Pressure): string | null {
  if (previous.phase === 'think' && next.phase === 'answer') {
    return next.limitMs === null ? 'Answer now. The clock is not limited.' : `Answer now. You have ${spokenDuration(next.limitMs, 'up')}.`;
  }
  if (previous.phase === 'answer' && next.phase === 'done' && next.endedAtDeadline) return 'Time is up. The answer has ended.';
  if (previous.phase !== next.phase || next.phase !== 'answer') return null;
  const before = previous.remainingMs;
  const after = next.remainingMs;
  if (before === null || after === null) return null;
  if (before > 0 && after <= 0)
    return pressure === 'hard' ? 'Time is up. The answer has ended.' : 'Time is up. The clock keeps running to show the overrun.';
  if (before > warningBeforeMs && after <= warningBeforeMs) return '30 seconds left.';
  return null;
}

/** The answer to the "time left?" hotkey. */
export function describeTimeLeft(reading: TimerReading): string {
  const paused = reading.paused ? 'Paused. ' : '';
  if (reading.phase === 'done') return `Answer finished after ${spokenDuration(reading.elapsedMs)}.`;
  if (reading.remainingMs === null) {
    const label = reading.phase === 'think' ? 'Thinking' : 'Answering';
    return `${paused}${label} for ${spokenDuration(reading.elapsedMs)} so far, no time limit.`;
  }
  if (reading.remainingMs <= 0) return `${paused}${spokenDuration(-reading.remainingMs)} over time.`;
  const left = spokenDuration(reading.remainingMs, 'up');
  return reading.phase === 'think' ? `${paused}${left} of thinking time left.` : `${paused}${left} left to answer.`;
}
