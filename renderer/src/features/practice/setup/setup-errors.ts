import { type SessionSetup, sessionSetupSchema } from '../../../../../shared/domain/sessions';
import { type FieldErrors, fieldErrors } from '../../../lib/field-errors';

/** Checks the set-up with the same schema the main process uses, before sending it; keys like `setup.count`. */
export function validateSetup(setup: SessionSetup): FieldErrors {
  const result = sessionSetupSchema.safeParse(setup);
  if (result.success) return {};
  return fieldErrors(result.error.issues.map((issue) => ({ path: ['setup', ...issue.path].join('.'), message: issue.message })));
}
