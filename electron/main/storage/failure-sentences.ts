/**
 * Plain sentences for a save the file system or SQLite refused, so the user
 * reads what happened and what to do instead of "Something went wrong".
 * Codes: Node's `errno` names (ENOSPC…) and SQLite's result codes as
 * better-sqlite3 reports them (`SQLITE_FULL`, extended `SQLITE_IOERR_WRITE`…).
 */

interface Failure {
  /** What happened, as the start of a sentence. */
  cause: string;
  /** What the user can do about it. */
  advice: string;
}

const diskFull: Failure = { cause: 'Your disk is full', advice: 'Free some space and try again.' };
const notAllowed: Failure = {
  cause: 'Rehearse is not allowed to write to its data folder',
  advice: 'Check that you may change the folder and its files, then try again.',
};
const readOnlyDisk: Failure = {
  cause: "The disk that holds Rehearse's data can only be read, not written",
  advice: 'Move the data folder to a writable disk, or make the disk writable, then try again.',
};
const tooManyFiles: Failure = { cause: 'Too many files are open on this computer', advice: 'Close some programs, then try again.' };
const fileTooBig: Failure = {
  cause: "A file in Rehearse's data folder has reached the largest size this system allows",
  advice: 'Free some space or raise the file size limit, then try again.',
};
const diskError: Failure = {
  cause: 'The disk reported an error while saving',
  advice: 'Check the disk and free some space, then try again.',
};
const databaseReadOnly: Failure = {
  cause: "Rehearse's database can no longer be written (the file or its folder became read-only)",
  advice: "Check the data folder's permissions, then restart Rehearse.",
};
const cannotOpen: Failure = {
  cause: 'Rehearse could not open a file it needs in its data folder',
  advice: 'Check that the folder is still there and that you may write to it, then try again.',
};
const folderGone: Failure = {
  cause: 'A file or folder Rehearse needs has gone from its data folder',
  advice: 'Restart Rehearse; if the folder was moved, move it back.',
};

const byErrno: Record<string, Failure> = {
  ENOSPC: diskFull,
  EDQUOT: diskFull,
  EACCES: notAllowed,
  EPERM: notAllowed,
  EROFS: readOnlyDisk,
  EMFILE: tooManyFiles,
  ENFILE: tooManyFiles,
  EFBIG: fileTooBig,
  EIO: diskError,
  ENOENT: folderGone,
};

/** SQLite primary result codes; an extended code (`SQLITE_IOERR_WRITE`) is looked up by its prefix. */
const bySqlite: Record<string, Failure> = {
  SQLITE_FULL: diskFull,
  SQLITE_IOERR: diskError,
  SQLITE_READONLY: databaseReadOnly,
  SQLITE_CANTOPEN: cannotOpen,
  SQLITE_PERM: notAllowed,
};

function failureFor(error: unknown): Failure | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (Object.hasOwn(byErrno, code)) return byErrno[code]!;
  const primary = /^SQLITE_[A-Z]+/.exec(code)?.[0];
  return primary && Object.hasOwn(bySqlite, primary) ? bySqlite[primary]! : null;
}

/**
 * The sentence for a failed save of `thing` ("this answer"; null for a read), e.g. "Your disk
 * is full: this answer was not saved. Free some space and try again.", or null
 * when `error` is not a file-system or disk failure. SQLite reports a write
 * past `ulimit -f` (EFBIG) as SQLITE_IOERR_WRITE and a full disk as SQLITE_FULL.
 */
export function storageFailureSentence(error: unknown, thing: string | null): string | null {
  const failure = failureFor(error);
  if (!failure) return null;
  return thing === null
    ? `${failure.cause}. Nothing was changed. ${failure.advice}`
    : `${failure.cause}: ${thing} was not saved. ${failure.advice}`;
}

/** The sentence for a data folder that cannot be prepared or opened at start, or null when `error` is something else. */
export function startupFailureSentence(error: unknown, dataDir: string): string | null {
  const failure = failureFor(error);
  if (!failure) return null;
  // "Your disk is full" continues the sentence in lower case; the app's own name keeps its capital.
  const cause = /^Rehearse\b/.test(failure.cause) ? failure.cause : failure.cause.charAt(0).toLowerCase() + failure.cause.slice(1);
  return `Rehearse cannot start: ${cause} (data folder: ${dataDir}). Nothing was changed. ${failure.advice.replace('try again', 'start Rehearse again')}`;
}

/** The data folder cannot be prepared or opened at start for a file-system reason; the message is the sentence to show. */
export class DataFolderError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'DataFolderError';
  }
}

/** Runs `start`; a file-system failure comes out as a DataFolderError with its sentence, anything else unchanged. */
export function withDataFolderSentence<T>(dataDir: string, start: () => T): T {
  try {
    return start();
  } catch (error) {
    const sentence = startupFailureSentence(error, dataDir);
    throw sentence ? new DataFolderError(sentence, error) : error;
  }
}
