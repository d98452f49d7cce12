import { expect, test } from 'vitest';
import { runCrashTrials } from '../../crash/harness';

// The quick form of `npm run test:crash`: a few dozen SIGKILL trials through the
// same harness, plus the negative control that proves the harness can see loss.
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000_007);
const base = { seed, jobs: 2, maxDelayMs: 600, migrationShare: 0.25 };

test(`killed at random moments, the app loses no acknowledged write and leaves nothing half done (seed ${seed})`, async () => {
  const results = await runCrashTrials({ ...base, trials: 16 });
  // All five kinds of work are exercised (answers, recordings, imports, backups/restores, migrations), and at least
  // one trial migrates an older database and then acknowledges writes. Which ones the random trials reach depends on
  // how fast this machine is (a kill lands after so many milliseconds), so a busy machine gets more trials, each
  // given longer, until they are covered — never a failure for being slow.
  const kinds = ['answer', 'recording', 'import', 'backup', 'open'];
  const missing = () => {
    const begun = new Set(results.flatMap((r) => r.operations));
    const left = kinds.filter((op) => !begun.has(op));
    return results.some((r) => r.startVersion > 0 && r.acked > 0) ? left : [...left, 'acknowledged writes after a migration'];
  };
  for (let round = 1; missing().length > 0 && round <= 10; round += 1) {
    results.push(
      ...(await runCrashTrials({ ...base, seed: seed + 1000 * round, trials: 4, migrationShare: 0.5, maxDelayMs: 600 * (round + 1) })),
    );
  }
  const failures = results.flatMap((r) => r.failures.map((f) => `trial ${r.index} (during ${r.inFlight}): ${f}`));
  expect(failures).toEqual([]);
  expect(missing()).toEqual([]);
}, 1_800_000);

test('negative control: an unsafe write path (ack before write, no transaction) is caught', async () => {
  const results = await runCrashTrials({ ...base, seed: seed + 1, trials: 8, unsafe: true, migrationShare: 0 });
  const caught = results.filter((r) => r.failures.some((f) => /acknowledged but missing|half applied/.test(f)));
  expect(caught.length).toBeGreaterThanOrEqual(2);
}, 300_000);
