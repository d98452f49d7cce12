/** The four STAR parts with the hint each text box shows: one wording for question notes and stories. */
export const starPartHints = [
  { key: 'situation', label: 'Situation', hint: 'Where and when; the context in a sentence or two.' },
  { key: 'task', label: 'Task', hint: 'What you had to achieve, and why it mattered.' },
  { key: 'action', label: 'Action', hint: 'What you did — “I”, not “we” — step by step.' },
  { key: 'result', label: 'Result', hint: 'The outcome, with a number if you have one, and what you learned.' },
] as const;
