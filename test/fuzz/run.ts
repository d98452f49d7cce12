import { type ChannelReport, fuzzChannels } from './fuzz-channels';
import { fuzzEdges } from './fuzz-edges';
import { danglingRowControl, leakyDispatcherControl } from './negative-controls';

// `npm run test:fuzz` (--full: 1,000 payloads per channel per transport) and
// its quick form. Prints one line per channel and transport, every failure,
// and a closing count; exits non-zero on any failure.

function numberFlag(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const raw = index > 0 ? process.argv[index + 1] : undefined;
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number, not "${raw}"`);
  return value;
}

const width = 34;

function printReport(r: ChannelReport): void {
  console.log(
    `${r.channel.padEnd(width)}  ${r.transport.padEnd(9)}  ${String(r.sent).padStart(5)}  ${String(r.rejected).padStart(7)}  ${String(r.discarded).padStart(9)}  ${r.failures.length}`,
  );
  // Printed as they happen too, so a run stopped before its summary still shows what failed and why.
  for (const failure of r.failures) console.log(`  failure: ${failure}`);
  for (const retry of r.retried) console.log(`  resent once after a closed connection: ${retry}`);
}

function printFailures(reports: ChannelReport[]): number {
  const failures = reports.flatMap((r) => r.failures.map((f) => `${r.transport} ${r.channel}: ${f}`));
  for (const failure of failures.slice(0, 50)) console.log(`FAIL ${failure}`);
  if (failures.length > 50) console.log(`… and ${failures.length - 50} more failures`);
  return failures.length;
}

async function main(): Promise<void> {
  const full = process.argv.includes('--full');
  const perChannel = numberFlag('--per-channel', full ? 1000 : 40);
  const seed = numberFlag('--seed', Date.now() % 1_000_000_007);
  const started = Date.now();
  console.log(`IPC fuzzing: ${perChannel} invalid payloads per channel and transport, seed ${seed} (replay with --seed ${seed})`);
  console.log(`${'channel'.padEnd(width)}  transport  sent   refused  discarded  failures`);
  // `--only a,b` replays those channels alone (same seed, same payloads); `--transport http` one transport.
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex > 0 ? new Set((process.argv[onlyIndex + 1] ?? '').split(',')) : undefined;
  const transportIndex = process.argv.indexOf('--transport');
  const transport = transportIndex > 0 ? process.argv[transportIndex + 1] : undefined;
  const transports =
    transport === undefined ? undefined : transport === 'ipc' ? ['ipc' as const] : transport === 'http' ? ['http' as const] : null;
  if (transports === null) throw new Error(`--transport is ipc or http, not "${transport}"`);
  const reports = await fuzzChannels({ perChannel, seed, only, transports, onReport: printReport });
  if (only) {
    process.exit(printFailures(reports) > 0 ? 1 : 0);
  }
  const failed = printFailures(reports);
  const sent = reports.reduce((n, r) => n + r.sent, 0);
  const channels = new Set(reports.map((r) => r.channel)).size;
  const resent = reports.reduce((n, r) => n + r.retried.length, 0);
  console.log(
    `\nfuzz: ${channels} channels, ${sent} payloads sent (IPC binding + HTTP bridge), ${failed} failures, ${resent} resent after a closed connection, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  // Valid payloads at the schemas' edges: a typed answer each, and the data folder consistent after each channel.
  const edgesPerChannel = numberFlag('--edges-per-channel', full ? 100 : 10);
  console.log(`\nEdge payloads: ${edgesPerChannel} schema-valid payloads per channel at the edges (limits, empty strings, year 9999)`);
  const edges = await fuzzEdges({
    perChannel: edgesPerChannel,
    seed,
    onReport: (r) =>
      console.log(
        `${r.channel.padEnd(width)}  ${String(r.sent).padStart(5)} sent  ${String(r.accepted).padStart(5)} ok  ${String(r.refused).padStart(5)} refused  ${r.failures.length}`,
      ),
  });
  const edgeFailures = edges.flatMap((r) => r.failures.map((f) => `edge ${r.channel}: ${f}`));
  for (const failure of edgeFailures.slice(0, 50)) console.log(`FAIL ${failure}`);
  console.log(`edges: ${edges.reduce((n, r) => n + r.sent, 0)} payloads sent, ${edgeFailures.length} failures`);

  // Negative controls: the suite must be able to fail.
  const controls = [
    { name: 'leaky dispatcher (invalid payloads let through, data written)', ...(await leakyDispatcherControl(seed)) },
    { name: 'dangling row (data folder left inconsistent)', ...(await danglingRowControl(seed)) },
  ];
  for (const control of controls)
    console.log(`negative control, ${control.name}: ${control.caught ? 'caught' : 'NOT CAUGHT'} (${control.detail})`);
  const missed = controls.filter((c) => !c.caught).length;

  const passed = reports.filter((r) => r.failures.length === 0).length;
  console.log(
    `${passed} passed, ${reports.length - passed} failed; edge failures ${edgeFailures.length}; negative controls caught ${controls.length - missed} of ${controls.length}`,
  );
  process.exit(failed > 0 || edgeFailures.length > 0 || missed > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
