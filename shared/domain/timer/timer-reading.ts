import { isPaused, phaseElapsed, phaseLimit, settle, type TimerPhase, type TimerState } from './answer-timer';

/** The timer turns to its warning colour (and says so once) this long before zero. */
export const warningBeforeMs = 30_000;

export type TimerZone = 'normal' | 'warning' | 'over';

/** What the timer shows at one moment. */
export interface TimerReading {
  phase: TimerPhase;
  paused: boolean;
  elapsedMs: number;
  /** Null when this phase has no deadline. */
  limitMs: number | null;
  /** Limit minus elapsed; negative in a soft overrun; null without a deadline. */
  remainingMs: number | null;
  /** Share of the limit used, 0–1 (1 once at or past zero); 0 without a deadline. */
  fraction: number;
  zone: TimerZone;
  /** The answer ended at a hard deadline. */
  endedAtDeadline: boolean;
}

export function readTimer(state: TimerState, now: number): TimerReading {
  const settled = settle(state, now);
  const limit = phaseLimit(settled);
  const elapsed = settled.phase === 'done' ? (settled.answerUsedMs ?? 0) : phaseElapsed(settled, now);
  const remaining = limit === null ? null : limit - elapsed;
  let zone: TimerZone = 'normal';
  if (remaining !== null && remaining <= 0) zone = 'over';
  // A phase no longer than the warning window (a 20 s think time) would start in amber: no warning then.
  else if (remaining !== null && limit !== null && limit > warningBeforeMs && remaining <= warningBeforeMs) zone = 'warning';
  return {
    phase: settled.phase,
    paused: isPaused(settled),
    elapsedMs: elapsed,
    limitMs: limit,
    remainingMs: remaining,
    fraction: limit === null || limit === 0 ? 0 : Math.min(1, elapsed / limit),
    zone: settled.phase === 'done' && settled.endedBy === 'deadline' ? 'over' : zone,
    endedAtDeadline: settled.endedBy === 'deadline',
  };
}
