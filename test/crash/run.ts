import { type CrashOptions, runCrashTrials, type TrialResult } from './harness';

// `npm run test:crash` (--full: 1,000 trials) and the quick form. Prints one
// line per failed trial, a summary by operation in flight, the negative
// control's catch rate, and exits non-zero on any failure.

function numberFlag(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const raw = index > 0 ? process.argv[index + 1] : undefined;
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} needs a number, not "${raw}"`);
  return value;
}

function summarise(results: TrialResult[]): string {
  const byOp = new Map<string, { trials: number; failed: number }>();
  for (const r of results) {
    const entry = byOp.get(r.inFlight) ?? { trials: 0, failed: 0 };
    entry.trials++;
    if (r.failures.length) entry.failed++;
    byOp.set(r.inFlight, entry);
  }
  return [...byOp.entries()]
    .sort((a, b) => b[1].trials - a[1].trials)
    .map(([op, { trials, failed }]) => `  killed during ${op.padEnd(14)} ${String(trials).padStart(5)} trials, ${failed} failed`)
    .join('\n');
}

async function main(): Promise<void> {
  const full = process.argv.includes('--full');
  const seed = numberFlag('--seed', Date.now() % 1_000_000_007);
  // --trial N replays one trial of a seed: the same child seed, kill delay and anchor as in the full run.
  const only = process.argv.includes('--trial') ? [numberFlag('--trial', 0)] : undefined;
  const options: CrashOptions = {
    trials: numberFlag('--trials', full ? 1000 : 30),
    seed,
    jobs: numberFlag('--jobs', 2),
    maxDelayMs: numberFlag('--max-delay', 600),
    migrationShare: 0.25,
    keepFailed: true,
    unsafe: process.argv.includes('--unsafe'),
    ...(only ? { only } : {}),
  };
  const started = Date.now();
  console.log(`Crash trials: ${options.trials} SIGKILLs at random moments, seed ${seed} (replay with --seed ${seed})`);
  let done = 0;
  let failing = 0;
  const results = await runCrashTrials(options, (r) => {
    const during = r.restoring ? `restore of ${r.restoring}` : r.inFlight;
    const states = `database matched: ${r.matched.afterKill} after the kill, ${r.matched.afterRestart} after the restart`;
    for (const failure of r.failures)
      console.log(
        `FAIL trial ${r.index} (killed after ${r.killedAfterMs} ms during ${during}; ${states}; data kept in ${r.dataDir}, child log ${r.logFile}): ${failure}`,
      );
    if (r.failures.length) failing++;
    if (++done % 100 === 0)
      console.log(`  … ${done} of ${options.trials} trials, ${failing} failed, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  });
  const failed = results.filter((r) => r.failures.length > 0);
  const acked = results.reduce((n, r) => n + r.acked, 0);
  const migrations = results.filter((r) => r.startVersion > 0).length;
  console.log(summarise(results));
  console.log(`  ${acked} acknowledged operations checked; ${migrations} trials started from an older database version`);

  if (only) {
    console.log(`\nreplay of trial ${only.join(', ')}: ${failed.length} failed`);
    process.exit(failed.length === 0 ? 0 : 1);
  }
  // The negative control: the harness must see the loss its own unsafe write path causes.
  const controlTrials = Math.max(10, Math.round(options.trials / 20));
  const control = await runCrashTrials({
    ...options,
    trials: controlTrials,
    seed: seed + 1,
    unsafe: true,
    migrationShare: 0,
    keepFailed: false,
  });
  const caught = control.filter((r) => r.failures.length > 0).length;
  const controlOk = caught >= Math.ceil(controlTrials * 0.2);
  console.log(
    `negative control (unsafe writes): ${caught} of ${controlTrials} trials caught${controlOk ? '' : ' — TOO FEW: the harness cannot see loss'}`,
  );

  console.log(`\ncrash: ${results.length} trials, ${failed.length} failed, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${results.length - failed.length + (controlOk ? 1 : 0)} passed, ${failed.length + (controlOk ? 0 : 1)} failed`);
  process.exit(failed.length === 0 && controlOk ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
