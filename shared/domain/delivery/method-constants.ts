// The analysis's published constants, apart from facts.ts so the analysis worker's bundle
// does not carry zod (the schemas there are built when the module loads).

/**
 * Version of the analysis that produced a set of facts. Raise it when the
 * method or its constants change, so older facts can be recomputed
 * ("Analyse older recordings" picks up rows with a lower version).
 */
export const deliveryAnalysisVersion = 1;

/** A pause is a silence between two stretches of speech lasting at least this long (the 3 s). */
export const longPauseMs = 3000;

/** The most spans kept per list; a 30-minute answer (at most one span per 0.3 s) stays inside it. */
export const maxSpans = 10_000;
