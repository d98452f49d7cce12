import { type ChannelReport, fuzzChannels } from './fuzz-channels';

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
  const reports = await fuzzChannels({ perChannel, seed, onReport: printReport });
  const failed = printFailures(reports);
  const sent = reports.reduce((n, r) => n + r.sent, 0);
  const channels = new Set(reports.map((r) => r.channel)).size;
  console.log(
    `\nfuzz: ${channels} channels, ${sent} payloads sent (IPC binding + HTTP bridge), ${failed} failures, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const passed = reports.filter((r) => r.failures.length === 0).length;
  console.log(`${passed} passed, ${reports.length - passed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
