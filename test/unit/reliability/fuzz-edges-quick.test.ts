import { expect, test } from 'vitest';
import { fuzzEdges } from '../../fuzz/fuzz-edges';
import { danglingRowControl } from '../../fuzz/negative-controls';

// Payloads the schemas accept but that sit at their edges (longest strings, empty strings, year 9999,
// largest ids): each channel answers ok or a typed refusal, and the data folder stays consistent.
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000_007);

test(`valid payloads at the schemas' edges leave the data consistent and get a typed answer (seed ${seed})`, async () => {
  const reports = await fuzzEdges({ perChannel: 6, seed });
  expect(reports.flatMap((r) => r.failures.map((f) => `${r.channel}: ${f}`))).toEqual([]);
  expect(reports.reduce((n, r) => n + r.accepted, 0)).toBeGreaterThan(reports.length);
}, 240_000);

test('negative control: a channel that leaves a dangling row behind is caught', async () => {
  const control = await danglingRowControl(seed);
  expect(control.caught, control.detail).toBe(true);
});
