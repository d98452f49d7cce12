import type { Pressure } from '../sessions';

/**
 * The think-then-answer clock of one question as plain data. Every value is
 * computed from clock readings (`now`, e.g. performance.now()) and stored
 * deadlines, never by counting ticks, so late or throttled ticks (a window in
 * the background) cannot make it drift: reading it at any moment gives the
 * exact time, and phase changes happen at the exact deadline, not at the tick
 * that noticed them.
 */

export type TimerPhase = 'think' | 'answer' | 'done';

export interface TimerConfig {
  /** Think time; 0 skips straight to answering; null means no deadline (the user starts when ready). */
  thinkMs: number | null;
  /** Answer time; null means untimed (the clock only counts up). */
  answerMs: number | null;
  /** `soft` runs on past zero and shows the overrun; `hard` ends the answer at zero. */
  pressure: Pressure;
}

export interface TimerState {
  readonly config: TimerConfig;
  readonly phase: TimerPhase;
  /** Clock reading when the current running stretch of this phase began; null while paused. */
  readonly runningSince: number | null;
  /** Time spent in this phase before `runningSince` (earlier stretches, before a pause). */
  readonly banked: number;
  /** Answer time used, once done. */
  readonly answerUsedMs: number | null;
  /** How the answer ended: the user finished it, or a hard deadline did. */
  readonly endedBy: 'user' | 'deadline' | null;
}

export function createTimer(config: TimerConfig, now: number): TimerState {
  const base = { config, runningSince: now, banked: 0, answerUsedMs: null, endedBy: null };
  return config.thinkMs === 0 ? { ...base, phase: 'answer' } : { ...base, phase: 'think' };
}

/** Time spent in the current phase, pauses excluded. */
export function phaseElapsed(state: TimerState, now: number): number {
  return state.banked + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince));
}

export function phaseLimit(state: TimerState): number | null {
  if (state.phase === 'think') return state.config.thinkMs;
  if (state.phase === 'answer') return state.config.answerMs;
  return null;
}

/**
 * Applies the phase changes that fell due by `now`: think ends at its deadline
 * and the answer clock starts at that very instant; a hard answer ends at its
 * deadline with exactly the limit used.
 */
export function settle(state: TimerState, now: number): TimerState {
  let next = state;
  const think = next.config.thinkMs;
  if (next.phase === 'think' && think !== null && next.runningSince !== null && phaseElapsed(next, now) >= think) {
    const thinkDeadline = next.runningSince + (think - next.banked);
    next = { ...next, phase: 'answer', runningSince: thinkDeadline, banked: 0 };
  }
  const answer = next.config.answerMs;
  if (next.phase === 'answer' && next.config.pressure === 'hard' && answer !== null && phaseElapsed(next, now) >= answer) {
    next = { ...next, phase: 'done', runningSince: null, banked: 0, answerUsedMs: answer, endedBy: 'deadline' };
  }
  return next;
}

export function isPaused(state: TimerState): boolean {
  return state.phase !== 'done' && state.runningSince === null;
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  const settled = settle(state, now);
  if (settled.phase === 'done' || settled.runningSince === null) return settled;
  return { ...settled, banked: phaseElapsed(settled, now), runningSince: null };
}

export function resumeTimer(state: TimerState, now: number): TimerState {
  if (state.phase === 'done' || state.runningSince !== null) return state;
  return { ...state, runningSince: now };
}

/** Ends thinking early; the answer clock starts now (and runs, even if thinking was paused). */
export function startAnswering(state: TimerState, now: number): TimerState {
  const settled = settle(state, now);
  if (settled.phase !== 'think') return settled;
  return { ...settled, phase: 'answer', runningSince: now, banked: 0 };
}

/** The user finished the answer. Hard mode never records more than the limit. */
export function finishAnswer(state: TimerState, now: number): TimerState {
  const settled = settle(state, now);
  if (settled.phase !== 'answer') return settled;
  const used = phaseElapsed(settled, now);
  const limit = settled.config.answerMs;
  const capped = settled.config.pressure === 'hard' && limit !== null ? Math.min(used, limit) : used;
  return { ...settled, phase: 'done', runningSince: null, banked: 0, answerUsedMs: Math.round(capped), endedBy: 'user' };
}

/** Answer time used so far (0 while thinking), for a skip or an ended session. */
export function answerTimeSoFar(state: TimerState, now: number): number {
  const settled = settle(state, now);
  if (settled.phase === 'done') return settled.answerUsedMs ?? 0;
  return settled.phase === 'answer' ? Math.round(phaseElapsed(settled, now)) : 0;
}
