/** Stable error codes that cross the process boundary; the UI switches on these, never on messages. */
export const errorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'storage_error',
  'forbidden',
  'unavailable',
  'internal_error',
  /** The user stopped a long job; nothing was changed. */
  'cancelled',
  /**
   * The page loaded data that has since been replaced (a restore or an
   * import in another window or tab): its write was refused, nothing was
   * saved, and the page reloads (issue 16, item 3).
   */
  'stale_data',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `questions.3.text`; empty for the whole input. */
  path: string;
  message: string;
  /**
   * Only on a `conflict` naming a field another window changed meanwhile: the value stored now (theirs), so
   * the form can show it beside the user's and offer "Use theirs" (issue 16, item 2).
   */
  saved?: unknown;
}

export interface ErrorData {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorData };

/**
 * Thrown by services for expected failures. The dispatcher turns it into
 * `{ ok: false, error }`; an Error never crosses IPC as an exception.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[], options?: ErrorOptions) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  toData(): ErrorData {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}

/** An `invalid_input` error about one field, so the form can show it at that field. */
export function fieldError(path: string, message: string): AppError {
  return new AppError('invalid_input', path ? `${path}: ${message}` : message, [{ path, message }]);
}
