/**
 * The delivery self-check, from what interviewers notice. Each item is phrased
 * so that ticking it means "I did this well".
 */
export const selfCheckItems = [
  { key: 'eyeContact', label: 'Kept eye contact' },
  { key: 'posture', label: 'Good posture, still hands' },
  { key: 'pace', label: 'Steady pace' },
  { key: 'fillerWords', label: 'Few filler words' },
  { key: 'structure', label: 'Structured answer (STAR)' },
  { key: 'answeredQuestion', label: 'Answered the question asked' },
] as const;
export type SelfCheckKey = (typeof selfCheckItems)[number]['key'];
export const selfCheckKeys = selfCheckItems.map((item) => item.key) as [SelfCheckKey, ...SelfCheckKey[]];
export type SelfCheck = Record<SelfCheckKey, boolean>;

export function emptySelfCheck(): SelfCheck {
  return Object.fromEntries(selfCheckKeys.map((key) => [key, false])) as SelfCheck;
}

/** The most questions one practice session holds. */
export const maxQuestionsPerSession = 20;
