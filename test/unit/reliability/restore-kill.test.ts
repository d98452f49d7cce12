import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { restoreSteps } from '../../../electron/main/services/data/restore';
import { setAsideDir } from '../../../electron/main/services/data/recordings-pool';
import { recordingsDir } from '../../../electron/main/services/recordings/recording-files';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { openTestCore } from '../../helpers/test-core';

// Issue 17: a restore killed at any instant, then a restart, keeps every acknowledged answer and
// every recording file. A real child process restores, stops at one exact step (before or after
// it), and is killed with SIGKILL there; the app is then started again on its data folder.

const root = resolve(import.meta.dirname, '../../..');
let childFile = '';

beforeAll(async () => {
  const outDir = join(root, 'node_modules/.cache/rehearse-restore-kill');
  mkdirSync(outDir, { recursive: true });
  childFile = join(outDir, `child-${process.pid}.mjs`);
  await build({
    entryPoints: [join(import.meta.dirname, 'restore-kill-child.ts')],
    outfile: childFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    logLevel: 'error',
  });
});

afterAll(() => {
  rmSync(childFile, { force: true });
  removeTempDirs();
});

type Line = { acked?: string; note?: string; fileName?: string; stopped?: string; error?: string };

/** Runs the child until it reports the stop (then SIGKILLs it) or ends; returns what it printed. */
function runChild(dataDir: string, stopAt: string, when: string): Promise<Line[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [childFile, '--data-dir', dataDir, '--stop-at', stopAt, '--when', when], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('"stopped"')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', fail);
    child.once('exit', (code, signal) => {
      const lines = out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Line);
      if (signal !== 'SIGKILL' && code !== 0) fail(new Error(`child ended with ${code ?? signal}: ${err || out}`));
      else done(lines);
    });
  });
}

const before = new Set(['kept-1', 'kept-rec', 'later-1', 'later-rec']);
const backedUp = new Set(['kept-1', 'kept-rec']);

describe('a restore killed at any step, then a restart', () => {
  const points = [...restoreSteps.flatMap((step) => [`${step}:before`, `${step}:after`]), 'none:none'];
  test.each(points)(
    'killed at %s: every acknowledged answer and recording is there after the restart',
    async (point) => {
      const [stopAt, when] = point.split(':') as [string, string];
      const dataDir = makeTempDir();
      const lines = await runChild(dataDir, stopAt, when);
      expect(lines.filter((l) => l.error)).toEqual([]);
      const acked = lines.filter((l) => l.acked === 'answer').map((l) => l.note!);
      expect(new Set(acked)).toEqual(before);
      const finished = lines.some((l) => l.acked === 'restore');
      expect(finished).toBe(stopAt === 'none');

      // The restart: the app opens the folder as a user would after the kill.
      const core = openTestCore(dataDir);
      try {
        const notes = new Set(
          core.db
            .prepare<[], { note: string }>('SELECT note FROM answers')
            .all()
            .map((r) => r.note),
        );
        // All or nothing: the data before the restore (every acknowledged answer) or the restored backup, whole.
        const replaced =
          stopAt === 'none' || restoreSteps.indexOf(stopAt as never) > restoreSteps.indexOf('replace') || point === 'replace:after';
        expect(notes).toEqual(replaced ? backedUp : before);
        // Every row names a whole file in recordings/, and no recording file of either state is gone.
        const rows = core.db.prepare<[], { file_name: string; byte_size: number }>('SELECT file_name, byte_size FROM recordings').all();
        expect(rows).toHaveLength(replaced ? 1 : 2);
        for (const row of rows) expect(statSync(join(recordingsDir(dataDir), row.file_name)).size).toBe(row.byte_size);
        const files = [recordingsDir(dataDir), setAsideDir(dataDir)].flatMap((dir) => (existsSync(dir) ? readdirSync(dir) : []));
        expect(files.filter((f) => f.endsWith('.webm'))).toHaveLength(2);
        // The marker is gone once start-up has settled the files.
        expect(existsSync(join(dataDir, '.recordings-unsettled'))).toBe(false);
        // And the pre-restore copy, once taken, holds everything that was acknowledged.
        const preRestore = readdirSync(join(dataDir, 'backups')).find((n) => n.startsWith('pre-restore-'));
        if (preRestore) expect(readFileSync(join(dataDir, 'backups', preRestore)).length).toBeGreaterThan(0);
      } finally {
        core.close();
      }
    },
    120_000,
  );
});
