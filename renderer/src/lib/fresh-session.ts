/**
 * The session the user has just started (or chosen to resume) from the home
 * screen: it begins at once. Any other in-progress session, e.g. after a
 * reload, first shows a "resume" card, so no clock starts unseen.
 */
let fresh: number | null = null;

export function markFresh(sessionId: number): void {
  fresh = sessionId;
}

export function isFresh(sessionId: number): boolean {
  return fresh === sessionId;
}

/** Called once the session has begun, so opening it again later asks first. */
export function clearFresh(): void {
  fresh = null;
}
