import type { z } from 'zod';
import { formatCount } from './limit-messages';
import { normalizeText } from './text-rules';

/**
 * Length limits on text the user typed, as people meet them (issue 12: nothing the user typed is
 * lost or changed). A limit never shortens text: a field shows a counter as its limit nears, keeps
 * text over the limit in the box with a message naming the field and the limit, and only the save
 * of that field is refused. The length counted is the one the contract's zod `.max()` checks: the
 * stored (NFC) form's UTF-16 length, so the counter and the refusal always agree.
 */

/** The length a limit is checked against: the stored form (NFC, see text-rules) in UTF-16 code units, as zod counts. */
export function textLength(text: string): number {
  return normalizeText(text).length;
}

/** Share of a limit from which a field shows its counter (80 %: early enough to stop before it, late enough not to nag). */
export const counterFrom = 0.8;

/** True once `text` is long enough for its field to show a counter. */
export function nearLimit(text: string, limit: number): boolean {
  return textLength(text) >= Math.floor(limit * counterFrom);
}

/** True when `text` is longer than `limit` (and so cannot be saved as it is). */
export function overLimit(text: string, limit: number): boolean {
  return textLength(text) > limit;
}

const count = formatCount;

/**
 * The message under a field whose text is over its limit, e.g. "Title is 130 characters; the limit
 * is 120. Shorten it by 10 to save it — nothing you typed has been cut." Null when within it.
 */
export function limitMessage(field: string, text: string, limit: number): string | null {
  const length = textLength(text);
  if (length <= limit) return null;
  const over = length - limit;
  return `${field} is ${count(length)} characters; the limit is ${count(limit)}. Shorten it by ${count(over)} to save it — nothing you typed has been cut.`;
}

/** The counter beside a field near its limit: "4,100 of 5,000 characters". */
export function counterText(text: string, limit: number): string {
  return `${count(textLength(text))} of ${count(limit)} characters`;
}

/**
 * `text` shortened to at most `max` characters for a place that cannot hold more (a tag made from a
 * company name, a title made from a question), visibly: the cut is marked with "…" and never splits
 * a surrogate pair. Text that fits is returned unchanged. The caller keeps the full text reachable.
 */
export function elide(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Do not leave half of an emoji or other astral character before the ellipsis.
  if (end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * True when `value` fails `schema` only because some text in it is too long (every issue is a
 * string `too_big`). Such a value is the user's own typing over a limit: it is kept (in the field,
 * in this computer's copy of unsaved typing) and held back from saving, never dropped.
 */
export function onlyTooLong(schema: z.ZodType, value: unknown): boolean {
  const parsed = schema.safeParse(value);
  if (parsed.success) return false;
  return parsed.error.issues.every((issue) => issue.code === 'too_big' && issue.origin === 'string');
}
