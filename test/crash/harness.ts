import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { build } from 'esbuild';
import { latestVersion } from '../../electron/main/storage/migrations/index';
import { databaseFileName } from '../../electron/main/storage/open-database';
import { seedAtVersion } from '../unit/storage/seed-at-version';
import { seededRandom } from '../fuzz/hostile-values';
import { parseLog } from './protocol';
import { type MatchedStates, type TrialSetup, verifyTrial, webmMagic } from './verify';

const projectRoot = resolve(import.meta.dirname, '../..');

export interface CrashOptions {
  trials: number;
  seed: number;
  /** Trials run side by side (each is one child process). */
  jobs: number;
  /** The kill lands uniformly between 0 and this many ms after the child opened the data (or, in some trials, started). */
  maxDelayMs: number;
  /** Share of trials that start from a database of an older version, so the kill can land mid-migration. */
  migrationShare: number;
  /** Negative control: the child uses the harness's own unsafe write paths. */
  unsafe?: boolean;
  /** Only these child operations (names from child-ops.ts); all by default. */
  operations?: string[];
  /** Keep the data folder of a failed trial for inspection, with the child's log beside it (`<folder>.log`). */
  keepFailed?: boolean;
  /** Run only these trial numbers (a replay: same seed, same trial → same child seed, kill delay and anchor). */
  only?: number[];
}

export interface TrialResult {
  index: number;
  startVersion: number;
  killedAfterMs: number;
  /** What the delay counted from: start-up (`ready`) or the data being open (`open`). */
  anchor: 'ready' | 'open';
  begun: number;
  acked: number;
  /** The operation in flight when the kill landed, e.g. `import`, or `none`. */
  inFlight: string;
  /** Every kind of operation the child began. */
  operations: string[];
  /** For a restore in flight: the backup it was restoring. */
  restoring: string | null;
  /** Which expected state the database matched after the kill and after the restart. */
  matched: MatchedStates;
  failures: string[];
  dataDir: string;
  /** The child's log of begun and acknowledged operations, kept beside a failed trial's data folder. */
  logFile: string | null;
}

/**
 * The child runs from one esbuild bundle (dependencies stay in node_modules):
 * a thousand children starting in ~0.2 s each instead of compiling TypeScript each time.
 */
async function bundleChild(): Promise<string> {
  const outDir = join(projectRoot, 'node_modules/.cache/rehearse-crash');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `child-${process.pid}.mjs`);
  await build({
    entryPoints: [join(projectRoot, 'test/crash/child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

/** The seeded rows name recording files; a real user's data folder has them, so this one gets them too. */
function writeSeededRecordings(dataDir: string): void {
  const db = new BetterSqlite3(join(dataDir, databaseFileName), { readonly: true });
  try {
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'recordings'").get() !== undefined;
    const rows = hasTable ? (db.prepare('SELECT file_name AS f, byte_size AS b FROM recordings').all() as { f: string; b: number }[]) : [];
    if (rows.length) mkdirSync(join(dataDir, 'recordings'), { recursive: true });
    for (const { f, b } of rows) {
      const bytes = Buffer.alloc(b, 7);
      webmMagic.copy(bytes);
      writeFileSync(join(dataDir, 'recordings', f), bytes);
    }
  } finally {
    db.close();
  }
}

async function runTrial(childFile: string, index: number, options: CrashOptions): Promise<TrialResult> {
  const rng = seededRandom(options.seed * 1_000_003 + index);
  const dataDir = mkdtempSync(join(tmpdir(), 'rehearse-crash-'));
  const setup: TrialSetup = { startVersion: 0, seedCounts: {} };
  if (latestVersion > 1 && rng() < options.migrationShare) {
    setup.startVersion = 1 + Math.floor(rng() * (latestVersion - 1));
    setup.seedCounts = seedAtVersion(join(dataDir, databaseFileName), setup.startVersion);
    writeSeededRecordings(dataDir);
  }
  const args = [childFile, '--data-dir', dataDir, '--seed', String(Math.floor(rng() * 2 ** 31)), '--trial', `t${index}`];
  if (options.unsafe) args.push('--unsafe');
  if (options.operations) args.push('--ops', options.operations.join(','));
  const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let killScheduled = false;
  const killedAfterMs = Math.floor(rng() * options.maxDelayMs);
  // Most kills count from the moment the data is open, so they land in the operations; the rest count
  // from start-up, so they land while the database is created or migrated.
  const anchor = rng() < (setup.startVersion > 0 ? 0.5 : 0.2) ? 'ready ' : '\nack {"id":0,';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (!killScheduled && stdout.includes(anchor)) {
      killScheduled = true;
      setTimeout(() => child.kill('SIGKILL'), killedAfterMs);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ended = await new Promise<NodeJS.Signals | number | null>((done) => child.once('exit', (code, signal) => done(signal ?? code)));

  const log = parseLog(stdout);
  const failures = ended === 'SIGKILL' ? [] : [`the child ended by itself (${String(ended)}) before the kill: ${stderr.slice(0, 500)}`];
  const matched: MatchedStates = { afterKill: 'not checked', afterRestart: 'not checked' };
  failures.push(...verifyTrial(dataDir, log, setup, matched));
  const inFlight = log.begins.find((b) => !log.acks.has(b.id));
  const keep = failures.length > 0 && options.keepFailed === true;
  const logFile = keep ? `${dataDir}.log` : null;
  if (logFile) {
    const replay = `npm run test:crash -- --seed ${options.seed} --trial ${index}${options.unsafe ? ' --unsafe' : ''}`;
    const header = `# trial ${index}, seed ${options.seed}: killed ${killedAfterMs} ms after ${anchor === 'ready ' ? 'start-up' : 'the data was open'}\n# replay: ${replay}\n`;
    writeFileSync(logFile, `${header}${stdout}${stderr ? `\n# stderr\n${stderr}` : ''}`);
  }
  const result: TrialResult = {
    index,
    startVersion: setup.startVersion,
    killedAfterMs,
    anchor: anchor === 'ready ' ? 'ready' : 'open',
    begun: log.begins.length,
    acked: log.acks.size,
    inFlight: inFlight?.op ?? 'none',
    operations: [...new Set(log.begins.map((b) => b.op))],
    restoring: inFlight?.type === 'restore' ? (inFlight.backup ?? null) : null,
    matched,
    failures,
    dataDir,
    logFile,
  };
  if (!keep) rmSync(dataDir, { recursive: true, force: true });
  return result;
}

/** Runs `options.trials` kill trials, `options.jobs` at a time, reporting each as it ends. */
export async function runCrashTrials(options: CrashOptions, onResult?: (result: TrialResult) => void): Promise<TrialResult[]> {
  const childFile = await bundleChild();
  const results: TrialResult[] = [];
  const indices = options.only ?? Array.from({ length: options.trials }, (_, i) => i);
  let next = 0;
  const worker = async () => {
    while (next < indices.length) {
      const result = await runTrial(childFile, indices[next++]!, options);
      results.push(result);
      onResult?.(result);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.jobs) }, worker));
  } finally {
    rmSync(childFile, { force: true });
  }
  return results.sort((a, b) => a.index - b.index);
}
