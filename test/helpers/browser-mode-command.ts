import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * Node arguments that run browser mode in ONE process (tsx as a loader). The
 * `tsx` command would start the app in a child of its own, which a SIGKILL of
 * the parent leaves running after the test.
 */
export const browserModeArgs = ['--import', 'tsx', resolve(projectRoot, 'electron/main/browser-mode/cli.ts')];

/** Browser mode as a process (`REHEARSE_PORT=0`) on `dataDir`, with its output gathered; the caller kills it. */
export function spawnBrowserMode(dataDir: string): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, browserModeArgs, {
    cwd: projectRoot,
    env: { ...process.env, REHEARSE_DATA_DIR: dataDir, REHEARSE_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output, exited: new Promise((done) => child.once('exit', (code) => done(code))) };
}
