/**
 * The "local frame": an instant shifted so that its UTC fields read as the
 * user's local wall clock. Libraries that count days in UTC (ts-fsrs) then
 * count the user's local calendar days instead, and adding whole days in the
 * frame keeps the wall-clock time across daylight-saving changes.
 *
 * Uses the process's current time zone, so after the user moves zones every
 * schedule is counted in the days of where they are now.
 */

/** `at` as a frame instant whose UTC year…millisecond equal `at`'s local ones. */
export function toLocalFrame(at: Date): Date {
  return new Date(
    Date.UTC(at.getFullYear(), at.getMonth(), at.getDate(), at.getHours(), at.getMinutes(), at.getSeconds(), at.getMilliseconds()),
  );
}

/**
 * The real instant whose local wall clock reads as `framed`'s UTC fields.
 * A wall-clock time skipped by a spring-forward change lands just after the
 * gap, as `new Date(y, m, d, h, …)` resolves it. A reading that occurs twice
 * (the hour, or Lord Howe's half hour, repeated by a fall-back change) goes to
 * one of its two instants, as the engine resolves it: the frame cannot tell
 * them apart, so the result may be up to the size of that change away from the
 * instant framed — never on another local day, which is all the schedule counts.
 */
export function fromLocalFrame(framed: Date): Date {
  return new Date(
    framed.getUTCFullYear(),
    framed.getUTCMonth(),
    framed.getUTCDate(),
    framed.getUTCHours(),
    framed.getUTCMinutes(),
    framed.getUTCSeconds(),
    framed.getUTCMilliseconds(),
  );
}
