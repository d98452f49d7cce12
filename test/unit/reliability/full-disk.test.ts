import { existsSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, expect, test } from 'vitest';
import { type ChannelName, channelNames } from '../../../shared/contract/index';
import { writeChannels } from '../../../electron/main/ipc/write-channels';
import { databaseFileName } from '../../../electron/main/storage/open-database';
import { runDiskFullChild } from '../../disk-full/run-child';
import { makeReplaceFixtures, replaceScenarios } from '../../disk-full/replace-scenarios';
import { makeFixtures, scenarios, type Check } from '../../disk-full/scenarios';
import type { AppCore } from '../../../electron/main/app-core';
import { openTestCore } from '../../helpers/test-core';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

afterAll(removeTempDirs);

/**
 * Write channels the disk-full child does not drive, each with its reason: none of them is a
 * synchronous write of rows (`transaction: 'dispatcher'`), which the test below requires a scenario for.
 * Any other write channel of the contract without a scenario fails the test.
 */
const notDriven: Record<string, string> = {
  'app.dismissNotice': 'changes the in-memory notice list only',
  'app.recoverFromBackup': 'answers only in the recovery state (covered by the recovery tests)',
  'app.startFresh': 'answers only in the recovery state (covered by the recovery tests)',
  'settings.update': 'writes the settings file through conf (atomic rename), not the database',
  'files.save': 'the desktop save dialog; browser mode answers unavailable',
  'sessions.beginRecording': 'driven inside the sessions.finishRecording scenario',
  'sessions.appendRecording': 'driven inside the sessions.finishRecording scenario',
  'sessions.discardRecording': 'removes a temporary file only',
  'data.deleteBackup': 'removes a file; frees space rather than using it',
  'data.checkDatabase': 'reads; its repair path is covered by check-database tests',
  'data.exportAnswersCsv':
    'reads rows and writes one file the way data.exportEverything does (exports.ts: a partial name, renamed when whole), which is driven; under `ulimit -f` (a limit per file) the CSV of the fixtures stays below the limit, so it is never refused',
  'data.beginImport': 'an upload into a temporary file; driven inside the data.finishImport scenario',
  'data.appendImport': 'an upload into a temporary file; driven inside the data.finishImport scenario',
  'data.discardImport': 'removes a temporary file only',
};

test('every write channel of the contract is driven by a disk-full scenario or named with its reason', () => {
  const all = [...scenarios, ...replaceScenarios];
  const driven = new Set(all.map((s) => s.channel));
  expect(driven.size, 'one scenario per channel').toBe(all.length);
  const writes = channelNames.filter((name) => writeChannels[name] !== null);
  expect(writes.filter((name) => !driven.has(name) && !Object.hasOwn(notDriven, name))).toEqual([]);
  // Every synchronous write channel (one transaction per request) is driven: no exception.
  expect(writes.filter((name) => writeChannels[name]!.transaction === 'dispatcher' && !driven.has(name))).toEqual([]);
  // The reasons name only write channels that have no scenario (a stale entry hides nothing).
  expect(Object.keys(notDriven).filter((name) => !writes.includes(name as ChannelName) || driven.has(name))).toEqual([]);
});

function holds(db: BetterSqlite3.Database, dataDir: string, check: Check): boolean {
  if (check.kind === 'file') return existsSync(join(dataDir, check.path));
  return (
    db
      .prepare(check.sql)
      .pluck()
      .get(...check.args) === check.expect
  );
}

/**
 * Runs the disk-full child on a data folder prepared by `prepare` (before the limit) and checks what every
 * refused and every acknowledged write left behind. `filledDuringRun`: the writes set is acknowledged
 * while there is room, so the disk fills during the run; the replace set outgrows the limit at once.
 */
async function expectFullDiskHandled(
  set: 'writes' | 'replace',
  channels: readonly string[],
  prepare: (core: AppCore) => Promise<object>,
  { filledDuringRun }: { filledDuringRun: boolean },
): Promise<void> {
  const dataDir = makeTempDir('rehearse-disk-full-');
  // The starter content and the fixtures, checkpointed into the file before the limit applies.
  const core = openTestCore(dataDir);
  const fixtures = await prepare(core);
  core.close();
  const { lines, stderr, code } = await runDiskFullChild(dataDir, fixtures, 1024, set);
  if (process.env.DISK_FULL_LOG)
    (await import('node:fs')).writeFileSync(`${process.env.DISK_FULL_LOG}.${set}`, lines.map((l) => JSON.stringify(l)).join('\n'));
  const crash = lines.find((l) => l.type === 'crash');
  expect(crash, stderr).toBeUndefined();
  expect(code, stderr).toBe(0);
  expect(lines.some((l) => l.type === 'done')).toBe(true);

  const refusals = lines.filter((l) => l.type === 'refused');
  const acks = lines.filter((l) => l.type === 'ack');
  // Each channel was refused once the disk was full.
  expect(channels.filter((channel) => !refusals.some((r) => r.channel === channel))).toEqual([]);
  for (const refusal of refusals) {
    expect(refusal.code, `${refusal.channel}: ${refusal.message}`).toBe('storage_error');
    expect(refusal.message).toMatch(/: (this|the|your) [a-z ]+ was not saved\. /);
    expect(refusal.message).not.toMatch(/Something went wrong/);
  }
  // Nothing half-written: a refused write left every table, id counter and file exactly as it was.
  expect(refusals.filter((r) => r.changed.length > 0).map((r) => `${r.channel} round ${r.round} changed ${r.changed.join(', ')}`)).toEqual(
    [],
  );
  if (filledDuringRun) expect(acks.filter((a) => !a.again).length).toBeGreaterThan(channels.length);
  // Once the space returned, the same write (each channel's last refused call again) was stored, in the same process.
  expect(lines.some((l) => l.type === 'space-returned')).toBe(true);
  expect(lines.filter((l) => l.type === 'again-refused' || l.type === 'again-skipped')).toEqual([]);
  expect(channels.filter((channel) => !acks.some((a) => a.again && a.channel === channel))).toEqual([]);

  const db = new BetterSqlite3(join(dataDir, databaseFileName));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // The last acknowledged write of each record is there (for most, the one made again once the space returned).
    const latest = new Map<string, { channel: string; round: number; check: Check }>();
    for (const ack of acks)
      if (ack.check) latest.set(`${ack.check.kind}:${ack.check.key}`, { channel: ack.channel, round: ack.round, check: ack.check });
    const missing = [...latest.values()]
      .filter(({ check }) => !holds(db, dataDir, check))
      .map(({ channel, round, check }) => `${channel} round ${round}: ${JSON.stringify(check)}`);
    expect(missing).toEqual([]);
  } finally {
    db.close();
  }
}

test('on a full disk (ulimit -f in a child), no write channel answers ok without having stored, each says so plainly, changes nothing, and stores once the space returns', async () => {
  await expectFullDiskHandled(
    'writes',
    scenarios.map((s) => s.channel),
    makeFixtures,
    { filledDuringRun: true },
  );
}, 300_000);

test('on a full disk, restoring a backup, importing an archive and exporting everything are refused plainly, change nothing, and succeed once the space returns', async () => {
  await expectFullDiskHandled(
    'replace',
    replaceScenarios.map((s) => s.channel),
    makeReplaceFixtures,
    { filledDuringRun: false },
  );
}, 300_000);
