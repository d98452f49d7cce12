import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { electronChildEnv, exitCodeFor, runtimeMissingSentence, sandboxAdvice } from '../../../scripts/start-helpers.mjs';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

// `npm start` (scripts/start-electron.mjs): its decisions, then the script itself as a
// process against stand-in `electron` packages (REHEARSE_ELECTRON_PACKAGE).

// Each test starts the whole app on real SQLite; on a busy machine that takes seconds, not a limit worth failing on.
vi.setConfig({ testTimeout: 30_000 });

const projectRoot = resolve(import.meta.dirname, '../../..');
afterEach(removeTempDirs);

describe('decisions', () => {
  test('a child killed by a signal is a failure (128 + its number); a plain exit code passes through', () => {
    expect(exitCodeFor(null, 'SIGTRAP')).toBe(133);
    expect(exitCodeFor(null, 'SIGKILL')).toBe(137);
    expect(exitCodeFor(0, null)).toBe(0);
    expect(exitCodeFor(3, null)).toBe(3);
    expect(exitCodeFor(null, null)).toBe(1);
  });

  test('an inherited ELECTRON_RUN_AS_NODE is dropped for the Electron child; everything else is kept', () => {
    const env = electronChildEnv({ ELECTRON_RUN_AS_NODE: '1', REHEARSE_DATA_DIR: '/x', PATH: '/bin' });
    expect(env).toEqual({ REHEARSE_DATA_DIR: '/x', PATH: '/bin' });
  });

  const host = (overrides: Partial<Parameters<typeof sandboxAdvice>[0]>) =>
    sandboxAdvice({
      platform: 'linux',
      chromeSandbox: '/p/chrome-sandbox',
      userNamespacesWork: () => false,
      suidHelperReady: () => false,
      ...overrides,
    });

  test('Linux without user namespaces and without the SUID helper: says what to do, with the exact commands', () => {
    const advice = host({});
    expect(advice).toMatch(/Ubuntu 23\.10/);
    expect(advice).toContain('sudo chown root:root /p/chrome-sandbox && sudo chmod 4755 /p/chrome-sandbox');
    expect(advice).toMatch(/AppArmor/);
    expect(advice).toMatch(/--no-sandbox/);
  });

  test('no advice where the sandbox can start: user namespaces allowed, SUID helper ready, or not Linux', () => {
    expect(host({ userNamespacesWork: () => true })).toBeNull();
    expect(host({ suidHelperReady: () => true })).toBeNull();
    expect(host({ platform: 'darwin' })).toBeNull();
    expect(host({ platform: 'win32' })).toBeNull();
  });

  test("a runtime that cannot be fetched is one sentence, with the installer's reason and no stack", () => {
    const sentence = runtimeMissingSentence(
      'RequestError: getaddrinfo ENOTFOUND github.com\n    at ClientRequest.<anonymous> (x.js:1:1)\n',
    );
    expect(sentence).toBe(
      'The Electron runtime is not installed and could not be downloaded on this machine (RequestError: getaddrinfo ENOTFOUND github.com), so Rehearse is starting in browser mode instead.',
    );
    expect(sentence.split('. ')).toHaveLength(1);
  });
});

/** Runs `node scripts/start-electron.mjs` (on the pinned Node) with a stand-in electron package. */
function runStart(electronPackage: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [join(projectRoot, 'scripts/start-electron.mjs')], {
    cwd: projectRoot,
    env: { ...process.env, REHEARSE_ELECTRON_PACKAGE: electronPackage, REHEARSE_PORT: '0', REHEARSE_DATA_DIR: makeTempDir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output, exited: new Promise<number | null>((done) => child.once('exit', (code) => done(code))) };
}

/** An `electron` package folder whose installer fails as an offline one does, after some progress. */
function offlineElectronPackage(): string {
  const dir = makeTempDir('fake-electron-');
  writeFileSync(
    join(dir, 'install.js'),
    "process.stderr.write('Downloading electron-v45.5.0-linux-x64.zip: [=====     ] 50%\\n');\n" +
      "console.error('RequestError: getaddrinfo ENOTFOUND github.com\\n    at ClientRequest.<anonymous> (node_modules/got/x.js:1:1)');\n" +
      'process.exit(1);\n',
  );
  return dir;
}

/** An `electron` package with an installed "binary": a shell script standing in for Electron. */
function installedElectronPackage(script: string): string {
  const dir = makeTempDir('fake-electron-');
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'path.txt'), 'electron');
  writeFileSync(join(dir, 'dist', 'electron'), `#!/bin/sh\n${script}\n`);
  chmodSync(join(dir, 'dist', 'electron'), 0o755);
  return dir;
}

describe.skipIf(process.platform === 'win32')('the script', () => {
  test("no runtime to be had: one sentence with the reason, the installer's progress shown, then browser mode with its address", async () => {
    const start = runStart(offlineElectronPackage());
    await expect.poll(start.output, { timeout: 30_000, interval: 100 }).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/m);
    const output = start.output();
    expect(output).toContain('[=====     ] 50%');
    expect(
      output.match(
        /could not be downloaded on this machine \(RequestError: getaddrinfo ENOTFOUND github\.com\), so Rehearse is starting in browser mode instead\./g,
      ),
    ).toHaveLength(1);
    expect(output).not.toMatch(/^\s+at /m);
    start.child.kill('SIGTERM');
    await expect(start.exited).resolves.toBe(0);
    expect(start.output()).toMatch(/the database was closed cleanly/);
  }, 60_000);

  test('Electron killed by a signal (as by the sandbox abort) makes npm start fail, and says so', async () => {
    const start = runStart(installedElectronPackage('kill -TRAP $$'));
    await expect(start.exited).resolves.toBe(133);
    expect(start.output()).toMatch(/Electron stopped with SIGTRAP\./);
  }, 30_000);

  test('Electron gets the project, no ELECTRON_RUN_AS_NODE, and its exit code is passed on', async () => {
    const start = runStart(installedElectronPackage('echo "RUN_AS_NODE=${ELECTRON_RUN_AS_NODE-unset} ARGS=$*"; exit 3'), {
      ELECTRON_RUN_AS_NODE: '1',
    });
    await expect(start.exited).resolves.toBe(3);
    expect(start.output()).toMatch(new RegExp(`RUN_AS_NODE=unset ARGS=(--no-sandbox )?${projectRoot}$`, 'm'));
  }, 30_000);
});
