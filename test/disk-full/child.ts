import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import type { Result } from '../../shared/contract/result';
import { createAppCore } from '../../electron/main/app-core';
import { savedThing } from '../../electron/main/ipc/write-channels';
import { confBackend } from '../../electron/main/settings/conf-backend';
import { databaseFileName } from '../../electron/main/storage/open-database';
import { folderState } from './folder-state';
import { type ReplaceFixtures, replaceScenarios } from './replace-scenarios';
import { type Call, type Fixtures, type Scenario, scenarios } from './scenarios';

// The disk-full child: run under a soft `ulimit -f`, so every file it writes stops
// growing at the limit (EFBIG, which SQLite reports as SQLITE_IOERR_WRITE).
// Given its fixtures (made by the parent before the limit), it calls every write scenario round after round
// through the real dispatcher, printing one JSON line per call, until each
// scenario has been refused at least twice (or the round limit is reached).
// Each refused write is checked to have changed nothing (tables and files, read through a connection of its own).
// Then the space returns (the soft limit is lifted on this very process, as freeing space would, with the
// same app core still open) and each scenario's last refused call is made again: it must now be stored.

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    fixtures: { type: 'string' },
    rounds: { type: 'string', default: '80' },
    set: { type: 'string', default: 'writes' },
  },
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
  const reader = new BetterSqlite3(join(dataDir, databaseFileName), { readonly: true, fileMustExist: true });
  emit({ type: 'ready' });

  // What each refused write changed in the data folder (empty: nothing), by its answer.
  const changedBy = new WeakMap<Result<unknown>, string[]>();
  const call: Call = async (channel, input) => {
    const before = savedThing(channel) === null ? null : folderState(dataDir, reader);
    const result = await core.dispatch(channel, input, { transport: 'test' });
    if (before && !result.ok) {
      const after = folderState(dataDir, reader);
      changedBy.set(
        result,
        Object.keys({ ...before, ...after }).filter((part) => before[part] !== after[part]),
      );
    }
    return result;
  };

  const fixtures: unknown = JSON.parse(values.fixtures ?? '');
  if (values.set === 'replace') await drive(replaceScenarios, fixtures as ReplaceFixtures, call, changedBy);
  else await drive(scenarios, fixtures as Fixtures, call, changedBy);
  reader.close();
  core.close();
  emit({ type: 'done' });
}

/** The rounds on a full disk, then each scenario's last refused call again once the space returned. */
async function drive<F>(list: Scenario<F>[], fixtures: F, call: Call, changedBy: WeakMap<Result<unknown>, string[]>): Promise<void> {
  const refusals = new Map(list.map((s) => [s.channel, 0]));
  const lastRefused = new Map<string, { marker: string; round: number }>();
  let rounds = 0;
  for (let round = 0; round < Number(values.rounds); round++, rounds++) {
    for (const scenario of list) {
      const marker = `df-${round}-${scenario.channel}`;
      const outcome = await scenario.run(call, fixtures, marker, round);
      if (!outcome) continue;
      const { result, check } = outcome;
      if (result.ok) emit({ type: 'ack', channel: scenario.channel, round, check });
      else {
        refusals.set(scenario.channel, refusals.get(scenario.channel)! + 1);
        lastRefused.set(scenario.channel, { marker, round });
        const changed = changedBy.get(result) ?? ['(not a write channel: the scenario refused before its write)'];
        emit({ type: 'refused', channel: scenario.channel, round, code: result.error.code, message: result.error.message, changed });
      }
    }
    if ([...refusals.values()].every((n) => n >= 2)) break;
  }

  // The space returns: lift the soft limit on this process (a soft limit may be raised to the hard one, unlimited).
  execFileSync('prlimit', ['--pid', String(process.pid), '--fsize=unlimited:']);
  emit({ type: 'space-returned' });
  for (const scenario of list) {
    const { marker, round } = lastRefused.get(scenario.channel) ?? { marker: `df-again-${scenario.channel}`, round: rounds };
    const outcome = await scenario.run(call, fixtures, marker, round);
    if (!outcome) emit({ type: 'again-skipped', channel: scenario.channel });
    else if (outcome.result.ok) emit({ type: 'ack', channel: scenario.channel, round, check: outcome.check, again: true });
    else {
      const { code, message } = outcome.result.error;
      emit({ type: 'again-refused', channel: scenario.channel, round, code, message });
    }
  }
}

main().catch((error: unknown) => {
  emit({ type: 'crash', message: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) });
  process.exit(1);
});
