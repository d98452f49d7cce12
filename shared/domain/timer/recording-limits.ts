import { maxRecordingBytes } from '../../contract/sessions';

/**
 * The longest one answer's recording runs: 30 minutes, the longest timed answer
 * Rehearse offers (15 minutes × the ×2 time multiplier). Untimed and soft-timed
 * answers may run on; their recording stops here, and what was recorded is kept.
 */
export const maxRecordingMs = 30 * 60 * 1000;

/** How long the recording of one answer may run: the hard time limit when there is one, never more than {@link maxRecordingMs}. */
export function recordingLimitMs(hardLimitMs: number | null): number {
  return Math.min(hardLimitMs ?? maxRecordingMs, maxRecordingMs);
}

/**
 * True when the next chunks could take the recording past {@link maxRecordingBytes}
 * (what the main process accepts for one recording): stops with room for two
 * more chunks as large as the largest so far, so what is recorded always fits.
 */
export function nearByteLimit(totalBytes: number, largestChunkBytes: number): boolean {
  return totalBytes + 2 * largestChunkBytes >= maxRecordingBytes;
}

/** Why a recording stopped before the answer ended, in words for the user (what was recorded is kept either way). */
export function recordingStoppedMessage(reason: 'duration' | 'bytes', recordedMs: number): string {
  const minutes = Math.max(1, Math.round(recordedMs / 60_000));
  const kept = `the first ${minutes} minute${minutes === 1 ? '' : 's'} are kept`;
  return reason === 'duration'
    ? `The recording stopped at its ${maxRecordingMs / 60_000}-minute limit; ${kept}. Your answer carries on without recording.`
    : `The recording stopped at its ${Math.round(maxRecordingBytes / 1024 ** 3)} GB size limit; ${kept}. Your answer carries on without recording.`;
}

/**
 * Recording time that counts pauses out: the real length of what MediaRecorder
 * wrote, measured on the monotonic clock the caller passes (performance.now()),
 * so a page that was busy or throttled still gets its true length.
 */
export interface ActiveSpan {
  /** Time recorded before the current running stretch. */
  doneMs: number;
  /** Clock reading when the current stretch began; null while paused or stopped. */
  runningSince: number | null;
}

export const startSpan = (now: number): ActiveSpan => ({ doneMs: 0, runningSince: now });
export const pauseSpan = (span: ActiveSpan, now: number): ActiveSpan =>
  span.runningSince === null ? span : { doneMs: span.doneMs + Math.max(0, now - span.runningSince), runningSince: null };
export const resumeSpan = (span: ActiveSpan, now: number): ActiveSpan =>
  span.runningSince === null ? { ...span, runningSince: now } : span;
export const spanMs = (span: ActiveSpan, now: number): number =>
  span.doneMs + (span.runningSince === null ? 0 : Math.max(0, now - span.runningSince));
