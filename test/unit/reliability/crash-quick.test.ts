import { expect, test } from 'vitest';
import { runCrashTrials } from '../../crash/harness';

// The quick form of `npm run test:crash`: a few dozen SIGKILL trials through the
// same harness, plus the negative control that proves the harness can see loss.
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000_007);
const base = { seed, jobs: 2, maxDelayMs: 600, migrationShare: 0.25 };

test(`killed at random moments, the app loses no acknowledged write and leaves nothing half done (seed ${seed})`, async () => {
  const results = await runCrashTrials({ ...base, trials: 16 });
  const failures = results.flatMap((r) => r.failures.map((f) => `trial ${r.index} (during ${r.inFlight}): ${f}`));
  expect(failures).toEqual([]);
  // All five kinds of work are exercised: answers, recordings, imports, backups/restores, and migrations.
  const begun = new Set(results.flatMap((r) => r.operations));
  for (const op of ['answer', 'recording', 'import', 'backup', 'open']) expect(begun, op).toContain(op);
  expect(results.some((r) => r.startVersion > 0 && r.acked > 0)).toBe(true);
}, 300_000);

test('negative control: an unsafe write path (ack before write, no transaction) is caught', async () => {
  const results = await runCrashTrials({ ...base, seed: seed + 1, trials: 8, unsafe: true, migrationShare: 0 });
  const caught = results.filter((r) => r.failures.some((f) => /acknowledged but missing|half applied/.test(f)));
  expect(caught.length).toBeGreaterThanOrEqual(2);
}, 300_000);
