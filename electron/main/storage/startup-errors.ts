/**
 * Reasons the database cannot be opened. Each carries a sentence for the user;
 * none of them is raised after anything was written to the file.
 */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `This data was saved by a newer version of Rehearse (database version ${fileVersion}; this app understands up to ${appVersion}). ` +
        'Install the newer version to open it. The file was not changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export class DatabaseCorruptError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`The Rehearse database at ${file} is damaged and cannot be opened (${reason}).`);
    this.name = 'DatabaseCorruptError';
  }
}

/**
 * The file is there but could not be read for a reason that is not damage
 * (locked by another program, no permission, a disk error). Not offered for
 * recovery: setting a healthy file aside would only hide the user's data.
 */
export class DatabaseUnreadableError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(
      `Rehearse could not read its database at ${file} (${reason}). Check that no other program is using it and that you may read and write that folder, then start Rehearse again. The file was not changed.`,
    );
    this.name = 'DatabaseUnreadableError';
  }
}
