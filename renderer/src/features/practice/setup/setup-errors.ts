import type { FieldIssue } from '../../../../../shared/contract/result';
import { type SessionSetup, sessionSetupSchema } from '../../../../../shared/domain/sessions';

/** Field path (as the main process names it, `setup.count`) → message. */
export type FieldErrors = Partial<Record<string, string>>;

export function errorsFromIssues(issues: readonly FieldIssue[] | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues ?? []) errors[issue.path] ??= issue.message;
  return errors;
}

/** Checks the set-up with the same schema the main process uses, before sending it. */
export function validateSetup(setup: SessionSetup): FieldErrors {
  const result = sessionSetupSchema.safeParse(setup);
  if (result.success) return {};
  return errorsFromIssues(result.error.issues.map((issue) => ({ path: ['setup', ...issue.path].join('.'), message: issue.message })));
}
