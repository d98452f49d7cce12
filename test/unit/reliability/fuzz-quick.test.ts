import { expect, test } from 'vitest';
import { channelNames } from '../../../shared/contract/index';
import { fuzzChannels } from '../../fuzz/fuzz-channels';
import { leakyDispatcherControl } from '../../fuzz/negative-controls';

// The quick form of `npm run test:fuzz`: fewer payloads per channel, same generator and checks.
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000_007);

test(`every channel refuses hostile payloads over IPC and HTTP, and the data folder is untouched (seed ${seed})`, async () => {
  const reports = await fuzzChannels({ perChannel: 15, seed });
  expect(reports.map((r) => `${r.transport} ${r.channel}`).sort()).toEqual(
    channelNames.flatMap((channel) => [`http ${channel}`, `ipc ${channel}`]).sort(),
  );
  expect(reports.flatMap((r) => r.failures.map((f) => `${r.transport} ${r.channel}: ${f}`))).toEqual([]);
  for (const report of reports) expect(report.rejected, `${report.transport} ${report.channel}`).toBe(15);
}, 240_000);

test('negative control: a dispatcher that lets some payloads through is caught, with the data change', async () => {
  // Every fifth call skips validation and writes to the database, as a handler with a broken schema would.
  const control = await leakyDispatcherControl(seed);
  expect(control.caught, control.detail).toBe(true);
});
