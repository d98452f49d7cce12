import { z } from 'zod';
import { AppError, type ErrorData, type FieldIssue } from '../../../shared/contract/result';
import { storageFailureSentence } from '../storage/failure-sentences';
import { savedThing } from './write-channels';

/** Names each offending field, so the message says what is wrong and where. */
export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

export function invalidInput(issues: FieldIssue[]): ErrorData {
  const described = issues
    .slice(0, 5)
    .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
    .join('; ');
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return { code: 'invalid_input', message: `Invalid input — ${described}${more}`, issues };
}

interface SqliteLikeError {
  code?: unknown;
  message?: unknown;
}

/**
 * Maps anything a handler threw onto error data with a stable code; never
 * rethrows. A disk or file-system failure gets its plain sentence naming what
 * `channel` was saving ("Your disk is full: this answer was not saved. …").
 */
export function errorToData(error: unknown, channel = ''): ErrorData {
  if (error instanceof AppError) return error.toData();
  if (error instanceof z.ZodError) return invalidInput(issuesFromZod(error));
  const sentence = storageFailureSentence(error, savedThing(channel));
  if (sentence) return { code: 'storage_error', message: sentence };
  const sqlite = error as SqliteLikeError;
  if (typeof sqlite?.code === 'string' && sqlite.code.startsWith('SQLITE_')) {
    if (sqlite.code.startsWith('SQLITE_CONSTRAINT')) {
      return { code: 'conflict', message: 'That change conflicts with data already saved.' };
    }
    return { code: 'storage_error', message: `The database could not complete the request (${sqlite.code}).` };
  }
  return { code: 'internal_error', message: 'Something went wrong inside Rehearse. Nothing was changed.' };
}
