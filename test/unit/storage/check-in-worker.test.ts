import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { checkDatabaseInWorker } from '../../../electron/main/storage/check-in-worker';
import { latestVersion } from '../../../electron/main/storage/migrate';
import { databaseFileName } from '../../../electron/main/storage/open-database';
import { checkDatabaseCopy } from '../../../electron/main/storage/verified-copy';
import { createHash } from 'node:crypto';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { openTestCore } from '../../helpers/test-core';

// Issue 13, item 7: the full check after the first screen runs in a worker thread with its own
// read-only connection, so the main process keeps answering; it judges a file as the in-thread check does.

afterEach(removeTempDirs);

/** A data folder with `questions` extra questions, closed; returns the database file. */
function databaseWith(questions: number): string {
  const dir = makeTempDir();
  const core = openTestCore(dir);
  const insert = core.db.prepare("INSERT INTO questions (bank_id, text, created_at, updated_at) VALUES (?, ?, 'x', 'x')");
  const bankId = core.db.prepare('SELECT id FROM banks LIMIT 1').pluck().get() as number;
  core.db.transaction(() => {
    for (let i = 0; i < questions; i++) insert.run(bankId, `Question ${i} about a long project that went sideways`);
  })();
  core.close();
  return join(dir, databaseFileName);
}

/** Counts the main thread's event-loop turns until `work` settles: a check run on this thread would allow none. */
async function turnsWhile<T>(work: Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let done = false;
  const tick = () => {
    if (done) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  const value = await work;
  done = true;
  return { value, turns };
}

// The database file's own bytes (a read-only WAL connection may add -shm/-wal beside it, as the app's own connection has).
const bytesHash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

test('a healthy file passes, the main thread keeps turning meanwhile, and the file is not written', async () => {
  const file = databaseWith(3000);
  const before = bytesHash(file);
  const { value, turns } = await turnsWhile(checkDatabaseInWorker(file));
  expect(value).toEqual({ ok: true, problem: null, schemaVersion: latestVersion });
  expect(turns).toBeGreaterThan(0);
  expect(bytesHash(file)).toBe(before);
});

test('bit rot inside a table page is found, with the same verdict as the in-thread check', async () => {
  const file = databaseWith(3000);
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  const page = Math.floor(bytes.length / pageSize / 2);
  bytes.fill(0xa5, page * pageSize + 8, (page + 1) * pageSize);
  writeFileSync(file, bytes);
  const check = await checkDatabaseInWorker(file);
  expect(check.ok).toBe(false);
  expect(check.problem).toBeTruthy();
  expect(check).toEqual(checkDatabaseCopy(file));
});

test('a file that is not a database, or is missing, is not ok and says why', async () => {
  const dir = makeTempDir();
  const notADatabase = join(dir, 'notes.sqlite');
  writeFileSync(notADatabase, 'These are my notes, not a database. '.repeat(200));
  expect(await checkDatabaseInWorker(notADatabase)).toEqual({ ok: false, problem: 'not a database file', schemaVersion: null });
  const missing = await checkDatabaseInWorker(join(dir, 'gone.sqlite'));
  expect(missing.ok).toBe(false);
  expect(missing.problem).toBeTruthy();
});
