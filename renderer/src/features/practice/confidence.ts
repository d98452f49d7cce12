/** The 1–5 confidence scale, worded the same everywhere it is asked or shown. */
export const confidenceLevels = [
  { value: 1, label: 'Not at all' },
  { value: 2, label: 'Shaky' },
  { value: 3, label: 'Getting there' },
  { value: 4, label: 'Confident' },
  { value: 5, label: 'Very confident' },
] as const;

export function confidenceLabel(value: number): string {
  return confidenceLevels.find((level) => level.value === value)?.label ?? String(value);
}
