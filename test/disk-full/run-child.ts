import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Check } from './scenarios';

const projectRoot = resolve(import.meta.dirname, '../..');

export type ChildLine =
  | { type: 'ready' | 'done' | 'space-returned' }
  /** `again`: acknowledged once the space returned. */
  | { type: 'ack'; channel: string; round: number; check: Check | null; again?: true }
  /** `changed`: what the refused write changed in the data folder (tables, id counters, file names); empty when nothing. */
  | { type: 'refused'; channel: string; round: number; code: string; message: string; changed: string[] }
  | { type: 'again-refused'; channel: string; round: number; code: string; message: string }
  | { type: 'again-skipped'; channel: string }
  | { type: 'crash'; message: string };

/**
 * Runs test/disk-full/child.ts (bundled by esbuild, as the crash harness does)
 * with `ulimit -S -f limitKiB` on `dataDir`, driving the scenario `set` (`writes`: scenarios.ts;
 * `replace`: replace-scenarios.ts) with `fixtures`, and returns its lines once it exits.
 * The limit is set by bash in the child only: no root, nothing else limited. It is the soft limit
 * only, so the child can lift it again (with util-linux's `prlimit`) when "the space returns".
 */
export async function runDiskFullChild(
  dataDir: string,
  fixtures: object,
  limitKiB: number,
  set: 'writes' | 'replace' = 'writes',
): Promise<{ lines: ChildLine[]; stderr: string; code: number | string | null }> {
  const outDir = join(projectRoot, 'node_modules/.cache/rehearse-disk-full');
  mkdirSync(outDir, { recursive: true });
  const childFile = join(outDir, `child-${process.pid}.mjs`);
  await build({
    entryPoints: [join(projectRoot, 'test/disk-full/child.ts')],
    outfile: childFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    logLevel: 'error',
  });
  try {
    // bash's `ulimit -f` counts 1024-byte blocks; `exec` replaces bash, so the limit is Node's own.
    const child = spawn(
      'bash',
      [
        '-c',
        `ulimit -S -f ${limitKiB}; exec "$0" "$@"`,
        process.execPath,
        childFile,
        '--data-dir',
        dataDir,
        '--fixtures',
        JSON.stringify(fixtures),
        '--set',
        set,
      ],
      {
        cwd: projectRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | string | null>((done) => child.on('close', (exit, signal) => done(signal ?? exit)));
    const lines = stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as ChildLine);
    return { lines, stderr, code };
  } finally {
    rmSync(childFile, { force: true });
  }
}
