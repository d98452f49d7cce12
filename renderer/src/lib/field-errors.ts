import type { ErrorData, FieldIssue } from '../../../shared/contract/result';

/** Field messages keyed by field (by default the issue's whole path, e.g. `setup.count`). */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * The one way the renderer turns validation issues — from the main process (an error's `issues`) or from a
 * form's own check (a list of issues) — into a message per field. The first message for a field wins.
 * `keyOf` maps an issue path to the field it belongs to; `lastSegment` lets `patch.text` (an update) and
 * `text` (a create) land on the same `text` field.
 */
export function fieldErrors(
  source: ErrorData | readonly FieldIssue[] | null | undefined,
  keyOf: (path: string) => string = (p) => p,
): FieldErrors {
  const issues = source === null || source === undefined ? [] : 'message' in source ? (source.issues ?? []) : source;
  const errors: FieldErrors = {};
  for (const issue of issues) errors[keyOf(issue.path)] ??= issue.message;
  return errors;
}

/** `patch.text` → `text`. */
export const lastSegment = (path: string): string => path.split('.').pop() ?? '';

/**
 * Messages for a form's own fields (matched by the path's last part) and the error itself when none of
 * them matched, to show at form level: a form never drops an error it has no field for.
 */
export function formErrors(error: ErrorData | null, fields: readonly string[]): { byField: FieldErrors; other: ErrorData | null } {
  const all = fieldErrors(error, lastSegment);
  const byField: FieldErrors = {};
  for (const field of fields) if (all[field] !== undefined) byField[field] = all[field];
  return { byField, other: Object.keys(byField).length > 0 ? null : error };
}

/** A stable element id for a field's message, for aria-describedby, e.g. (`rating`, `a.b`) → `rating-a-b-error`. */
export function errorId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/[^A-Za-z0-9_-]/g, '-')}-error`;
}
