/** The 1–5 confidence scale's words, worded the same everywhere it is asked or shown. */
export const confidenceWords = ['Not at all', 'Shaky', 'Getting there', 'Confident', 'Very confident'] as const;

export const confidenceLevels = confidenceWords.map((label, i) => ({ value: i + 1, label }));

export function confidenceLabel(value: number): string {
  return confidenceWords[value - 1] ?? String(value);
}
