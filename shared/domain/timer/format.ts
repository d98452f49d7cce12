/**
 * Clock text for a countdown: whole seconds rounded up, so it shows 0:01 until
 * the last second has passed and 0:00 exactly at zero.
 */
export function formatCountdown(ms: number): string {
  return formatClock(Math.ceil(Math.max(0, ms) / 1000));
}

/** Clock text for time counted up (elapsed, overrun): whole seconds rounded down. */
export function formatElapsed(ms: number): string {
  return formatClock(Math.floor(Math.max(0, ms) / 1000));
}

/**
 * The total of durations that are each shown with {@link formatElapsed} ("0:00 of 2:00" per answer): the sum of
 * the whole seconds each one shows, so the parts on screen add up to the total on screen. Summing the raw
 * milliseconds first would not: three answers of 0.9 s read "0:00" each but "0:02" together (walk 5, finding 10).
 */
export function formatElapsedTotal(parts: readonly number[]): string {
  return formatClock(parts.reduce((sum, ms) => sum + Math.floor(Math.max(0, ms) / 1000), 0));
}

function formatClock(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** A duration in words for screen readers and labels, e.g. "1 minute 5 seconds"; rounds to whole seconds. */
export function spokenDuration(ms: number, rounding: 'up' | 'down' = 'down'): string {
  const total = rounding === 'up' ? Math.ceil(Math.max(0, ms) / 1000) : Math.floor(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(minutes === 1 ? '1 minute' : `${minutes} minutes`);
  if (seconds > 0 || minutes === 0) parts.push(seconds === 1 ? '1 second' : `${seconds} seconds`);
  return parts.join(' ');
}
