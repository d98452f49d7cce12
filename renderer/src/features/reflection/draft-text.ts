/**
 * A step draft (an object of answers, lists and ratings) as plain lines of
 * text, for showing two versions side by side in the conflict notice: one
 * line per filled answer, `name: value`, nested lists indented. Empty answers
 * are left out, so what differs stands out.
 */
export function draftText(value: unknown, indent = ''): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value !== 'object') return `${indent}${String(value)}`;
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i + 1), item] as const) : Object.entries(value);
  return entries
    .map(([key, item]) => {
      if (item === null || item === '' || (Array.isArray(item) && item.length === 0)) return '';
      if (typeof item !== 'object') return `${indent}${humanKey(key)}: ${String(item)}`;
      const inner = draftText(item, `${indent}  `);
      return inner ? `${indent}${humanKey(key)}:\n${inner}` : '';
    })
    .filter(Boolean)
    .join('\n');
}

/** `concernNotes` → "concern notes". */
const humanKey = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
