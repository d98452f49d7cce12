import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { errorToData } from '../../../electron/main/ipc/errors';
import { openDatabase } from '../../../electron/main/storage/open-database';
import { AutocommitWriteError } from '../../../electron/main/storage/write-guard';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

afterEach(removeTempDirs);

test('a write run outside a transaction gets one of its own (so its COMMIT can fail loudly); reads and maintenance run as they are', () => {
  const { db } = openDatabase(makeTempDir());
  try {
    // A SQL function reports, from inside the statement, whether a transaction was open.
    db.function('in_transaction', () => (db.inTransaction ? 1 : 0));
    db.exec('CREATE TABLE probe (inside INTEGER)');
    db.prepare('INSERT INTO probe VALUES (in_transaction())').run();
    expect(db.prepare('INSERT INTO probe VALUES (in_transaction()) RETURNING inside').get()).toEqual({ inside: 1 });
    db.exec('INSERT INTO probe VALUES (in_transaction())');
    expect(db.prepare('SELECT inside FROM probe').pluck().all()).toEqual([1, 1, 1]);
    expect(db.prepare('SELECT in_transaction()').pluck().get()).toBe(0);
    expect(db.inTransaction).toBe(false);
    // Inside an explicit transaction nothing changes: one transaction, rolled back whole on a throw.
    expect(() =>
      db.transaction(() => {
        db.prepare('INSERT INTO probe VALUES (2)').run();
        throw new Error('stop');
      })(),
    ).toThrow('stop');
    expect(db.prepare('SELECT count(*) FROM probe').pluck().get()).toBe(3);
    // Rows of a write cannot be iterated outside a transaction: no transaction could cover them.
    expect(() => [...db.prepare('DELETE FROM probe RETURNING inside').iterate()]).toThrow(AutocommitWriteError);
    db.prepare(`VACUUM INTO ?`).run(join(makeTempDir(), 'copy.sqlite'));
  } finally {
    db.close();
  }
});

test('disk and file-system failures get a plain sentence naming what was being saved, never "Something went wrong"', () => {
  const fail = (code: string) => Object.assign(new Error(`boom ${code}`), { code });
  expect(errorToData(fail('ENOSPC'), 'sessions.saveAnswer')).toEqual({
    code: 'storage_error',
    message: 'Your disk is full: this answer was not saved. Free some space and try again.',
  });
  expect(errorToData(fail('SQLITE_FULL'), 'questions.saveNotes').message).toBe(
    'Your disk is full: this note was not saved. Free some space and try again.',
  );
  const sentences = new Map<string, string>();
  for (const code of ['EACCES', 'EPERM', 'EROFS', 'EMFILE', 'SQLITE_IOERR_WRITE', 'SQLITE_READONLY', 'SQLITE_CANTOPEN', 'EFBIG']) {
    const { code: errorCode, message } = errorToData(fail(code), 'reflection.saveInterview');
    expect(errorCode).toBe('storage_error');
    expect(message).toMatch(/: this interview was not saved\. [A-Z]/);
    expect(message).not.toMatch(/Something went wrong|boom/);
    sentences.set(code, message);
  }
  // EACCES and EPERM share a cause; every other code has its own sentence.
  expect(sentences.get('EACCES')).toBe(sentences.get('EPERM'));
  expect(new Set(sentences.values()).size).toBe(sentences.size - 1);
  // A read names no saved thing.
  expect(errorToData(fail('EMFILE'), 'banks.list').message).toMatch(/^Too many files are open on this computer\. Nothing was changed\./);
});
