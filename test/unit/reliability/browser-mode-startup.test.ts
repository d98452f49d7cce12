import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { browserModeArgs } from '../../helpers/browser-mode-command';
import { latestVersion } from '../../../electron/main/storage/migrations/index';
import { databaseFileName, openDatabase } from '../../../electron/main/storage/open-database';
import { fileHash } from '../../helpers/file-hash';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

// The start-up refusals as the user meets them in browser mode: the real CLI, as a process.

const projectRoot = resolve(import.meta.dirname, '../../..');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  removeTempDirs();
});

/** The CLI as a child process: its output so far, its exit code, and the moment its output first matches. */
function runCli(dataDir: string): { output: () => string; exited: Promise<number | null>; printed: (pattern: RegExp) => Promise<void> } {
  const child = spawn(process.execPath, browserModeArgs, {
    cwd: projectRoot,
    env: { ...process.env, REHEARSE_DATA_DIR: dataDir, REHEARSE_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const waiting = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const check of waiting) check();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  // Waits for the output event itself (no polling, no deadline of its own): a CLI that exits first fails it.
  const printed = (pattern: RegExp) =>
    new Promise<void>((done, fail) => {
      const check = () => {
        if (!pattern.test(output)) return;
        waiting.delete(check);
        done();
      };
      waiting.add(check);
      check();
      void exited.then((code) => fail(new Error(`the CLI exited (${code}) before printing ${pattern}:\n${output}`)));
    });
  return { output: () => output, exited, printed };
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
  await cli.printed(/http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  expect(cli.output()).toMatch(/database is damaged.*choose how to recover it; nothing has been deleted/);
  expect(fileHash(file)).toBe(before);
  expect(readdirSync(dataDir).filter((name) => name.includes('corrupt'))).toEqual([]);
});
