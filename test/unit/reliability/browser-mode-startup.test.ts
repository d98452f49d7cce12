import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { spawnBrowserMode } from '../../helpers/browser-mode-command';
import { latestVersion } from '../../../electron/main/storage/migrations/index';
import { databaseFileName, openDatabase } from '../../../electron/main/storage/open-database';
import { fileHash } from '../../helpers/file-hash';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

// The start-up refusals as the user meets them in browser mode: the real CLI, as a process.

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  removeTempDirs();
});

function runCli(dataDir: string): { output: () => string; exited: Promise<number | null> } {
  const run = spawnBrowserMode(dataDir);
  children.push(run.child);
  return run;
}

test('a database from a newer version: browser mode says so, exits non-zero, and leaves the file untouched', async () => {
  const dataDir = makeTempDir();
  const file = join(dataDir, databaseFileName);
  const future = new BetterSqlite3(file);
  future.exec('CREATE TABLE from_the_future (x)');
  future.pragma(`user_version = ${latestVersion + 1}`);
  future.close();
  const before = fileHash(file);

  const cli = runCli(dataDir);
  await expect(cli.exited).resolves.toBe(1);
  expect(cli.output()).toMatch(/saved by a newer version of Rehearse.*The file was not changed/s);
  expect(fileHash(file)).toBe(before);
});

test('a damaged database: browser mode starts anyway and tells the user to choose, without touching the file', async () => {
  const dataDir = makeTempDir();
  openDatabase(dataDir).db.close();
  const file = join(dataDir, databaseFileName);
  writeFileSync(file, Buffer.concat([Buffer.alloc(100, 0x5a), readFileSync(file).subarray(100)]));
  const before = fileHash(file);

  const cli = runCli(dataDir);
  await expect.poll(cli.output, { timeout: 120_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  expect(cli.output()).toMatch(/database is damaged.*choose how to recover it; nothing has been deleted/);
  expect(fileHash(file)).toBe(before);
  expect(readdirSync(dataDir).filter((name) => name.includes('corrupt'))).toEqual([]);
});

test('a data folder the system will not let Rehearse write: browser mode says so in a sentence, not a stack trace', async () => {
  // /sys refuses new entries even to root (EPERM), like a read-only folder on a user's machine.
  const cli = runCli('/sys/kernel/rehearse-read-only-test');
  await expect(cli.exited).resolves.toBe(1);
  expect(cli.output()).toMatch(
    /^Rehearse cannot start: Rehearse is not allowed to write to its data folder \(data folder: \/sys\/kernel\/rehearse-read-only-test\)\. Nothing was changed\./m,
  );
  expect(cli.output()).not.toMatch(/\n\s+at /);
});
