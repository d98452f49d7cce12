import type { ErrorData } from '../../../../shared/contract/result';

/**
 * Field messages keyed by field name, from an error's issues. Paths are
 * reduced to their last part, so `patch.text` (an update) and `text` (a
 * create) both land at the `text` field; anything else is a form-level error.
 */
export function fieldErrors(
  error: ErrorData | null,
  fields: readonly string[],
): { byField: Record<string, string>; other: ErrorData | null } {
  const byField: Record<string, string> = {};
  if (!error) return { byField, other: null };
  for (const issue of error.issues ?? []) {
    const field = issue.path.split('.').pop() ?? '';
    if (fields.includes(field)) byField[field] ??= issue.message;
  }
  return { byField, other: Object.keys(byField).length > 0 ? null : error };
}
