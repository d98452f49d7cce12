import { parseArgs } from 'node:util';
import { createAppCore } from '../../electron/main/app-core';
import { confBackend } from '../../electron/main/settings/conf-backend';
import { type Fixtures, scenarios } from './scenarios';

// The disk-full child: run under `ulimit -f`, so every file it writes stops
// growing at the limit (EFBIG, which SQLite reports as SQLITE_IOERR_WRITE).
// Given its fixtures (made by the parent before the limit), it calls every write scenario round after round
// through the real dispatcher, printing one JSON line per call, until each
// scenario has been refused at least twice (or the round limit is reached).

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, fixtures: { type: 'string' }, rounds: { type: 'string', default: '80' } },
});

// Going past `ulimit -f` also raises SIGXFSZ, whose default action ends the process; a full disk
// raises no signal (the write fails with ENOSPC), so the child ignores it and sees only the failed write (EFBIG).
process.on('SIGXFSZ', () => undefined);

function emit(line: object): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

async function main(): Promise<void> {
  const dataDir = values['data-dir'];
  if (!dataDir) throw new Error('--data-dir is required');
  const core = createAppCore({ dataDir, mode: 'browser', version: '0.0.0-disk-full', settingsBackend: confBackend });
  const fixtures = JSON.parse(values.fixtures ?? '') as Fixtures;
  emit({ type: 'ready' });
  const call = (channel: string, input: unknown) => core.dispatch(channel, input, { transport: 'test' });
  const refusals = new Map(scenarios.map((s) => [s.channel, 0]));
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const scenario of scenarios) {
      const marker = `df-${round}-${scenario.channel}`;
      const outcome = await scenario.run(call, fixtures, marker, round);
      if (!outcome) continue;
      const { result, check } = outcome;
      if (result.ok) emit({ type: 'ack', channel: scenario.channel, round, check });
      else {
        refusals.set(scenario.channel, refusals.get(scenario.channel)! + 1);
        emit({ type: 'refused', channel: scenario.channel, round, code: result.error.code, message: result.error.message });
      }
    }
    if ([...refusals.values()].every((n) => n >= 2)) break;
  }
  core.close();
  emit({ type: 'done' });
}

main().catch((error: unknown) => {
  emit({ type: 'crash', message: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) });
  process.exit(1);
});
