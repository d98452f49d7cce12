import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { exportEverything } from '../../../electron/main/services/data/archive-export';
import { importEverything } from '../../../electron/main/services/data/archive-import';
import { backupDir, createBackup, listBackups } from '../../../electron/main/services/data/backups';
import { setAsideDir } from '../../../electron/main/services/data/recordings-pool';
import { restoreBackup } from '../../../electron/main/services/data/restore';
import { recordingsDir } from '../../../electron/main/services/recordings/recording-files';
import { callOk, openTestCore } from '../../helpers/test-core';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { insertHistory, seedQuestions } from '../progress/history-fixture';
import { seedAtVersion } from '../storage/seed-at-version';
import { dumpContents } from './dump';

afterEach(removeTempDirs);

const fixedNow = () => new Date('2025-07-01T12:00:00.000Z');

function coreWithHistory(answers = 40) {
  const core = openTestCore();
  const deps = { ...core.deps, now: fixedNow };
  seedQuestions(core.db);
  insertHistory(
    core.db,
    Array.from({ length: answers }, (_, i) => ({
      session: Math.floor(i / 5),
      question: i % 8,
      minute: i * 700,
      skipped: i % 9 === 0,
      confidence: (i % 5) + 1,
      reviewConfidence: i % 4 === 0 ? ((i + 2) % 5) + 1 : null,
      timeUsedMs: 50_000 + i * 1000,
      timeLimitMs: i % 3 === 0 ? null : 60_000,
      selfCheck: { eyeContact: i % 2 === 0, pace: true },
    })),
  );
  return { core, deps };
}

/** A recording row and its file, as the practice flow would leave them. */
function addRecording(core: ReturnType<typeof openTestCore>, sessionId: number, position: number, bytes: string): string {
  const name = `rec-s${sessionId}-p${position}-${'ab'.repeat(16)}.webm`.replace('abab', sessionId.toString(16).padStart(4, '0'));
  mkdirSync(recordingsDir(core.dataDir), { recursive: true });
  writeFileSync(join(recordingsDir(core.dataDir), name), bytes);
  core.db
    .prepare(
      `INSERT INTO recordings (session_id, position, file_name, mime_type, byte_size, duration_ms, created_at) VALUES (?, ?, ?, 'audio/webm', ?, 1000, '2025-07-01T00:00:00.000Z')`,
    )
    .run(sessionId, position, name, Buffer.byteLength(bytes));
  return name;
}

describe('backup → restore', () => {
  test('restoring brings back exactly the earlier contents, keeps the current ones aside, and the app keeps working', async () => {
    const { core, deps } = coreWithHistory();
    const before = dumpContents(core.db);
    const backup = createBackup(deps, 'manual');

    core.db.exec('DELETE FROM practice_sessions WHERE id IN (SELECT id FROM practice_sessions ORDER BY id LIMIT 3)');
    core.db.exec(`UPDATE questions SET category = 'Changed', text = 'Edited text' WHERE id = (SELECT min(id) FROM questions)`);
    const changed = dumpContents(core.db);
    expect(changed).not.toEqual(before);

    const report = restoreBackup(deps, backup.fileName);
    expect(dumpContents(core.db)).toEqual(before);
    expect(report.keptAside.reason).toBe('pre-restore');
    expect(listBackups(core.dataDir).map((b) => b.fileName)).toContain(report.keptAside.fileName);

    // Same connection, same handlers: the dashboard answers from the restored rollups.
    const dashboard = await callOk(core, 'progress.dashboard', { range: 'all' });
    expect(dashboard.totals.answers).toBe(40);

    // And the restore can be undone with the copy it kept aside.
    restoreBackup(deps, report.keptAside.fileName);
    expect(dumpContents(core.db)).toEqual(changed);
    core.close();
  });

  test('a backup from before an update is migrated on a private copy and restored; the backup file is untouched', async () => {
    const { core, deps } = coreWithHistory(10);
    const path = join(backupDir(core.dataDir), 'pre-migration-v4-2025-06-01T10-00-00-000Z.sqlite');
    mkdirSync(backupDir(core.dataDir), { recursive: true });
    const counts = seedAtVersion(path, 4);
    const bytes = readFileSync(path);
    restoreBackup(deps, 'pre-migration-v4-2025-06-01T10-00-00-000Z.sqlite');
    expect(readFileSync(path).equals(bytes)).toBe(true);
    for (const [table, n] of Object.entries(counts)) {
      expect(core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n });
    }
    // The migration rolled up the old answers (one of the five skipped; blind ratings 3, 5, 2 and 4, the 3 re-rated 4 and
    // the 4 re-rated 1 after replay, and the after-replay rating is the one that counts: docs/ratings.md, so 12 / 4)
    // and scheduled their two questions.
    expect((await callOk(core, 'progress.dashboard', { range: 'all' })).totals).toMatchObject({ answers: 5, rated: 4, average: 3 });
    expect(core.db.prepare('SELECT count(*) AS n FROM review_state').get()).toEqual({ n: 2 });
    core.close();
  });

  test('recordings no longer claimed are set aside, and come back when the restore is undone', () => {
    const { core, deps } = coreWithHistory(10);
    const before = createBackup(deps, 'manual');
    const name = addRecording(core, 1, 0, 'fake webm bytes');
    const restore = restoreBackup(deps, before.fileName);
    expect(readdirSync(recordingsDir(core.dataDir))).not.toContain(name);
    expect(readdirSync(setAsideDir(core.dataDir))).toContain(name);
    restoreBackup(deps, restore.keptAside.fileName);
    expect(readdirSync(recordingsDir(core.dataDir))).toContain(name);
    core.close();
  });

  test('a damaged backup is refused and nothing changes', async () => {
    const { core, deps } = coreWithHistory(5);
    const backup = createBackup(deps, 'manual');
    writeFileSync(backup.path, 'garbage'.repeat(1000));
    const before = dumpContents(core.db);
    const result = await core.dispatch('data.restoreBackup', { fileName: backup.fileName }, { transport: 'test' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(dumpContents(core.db)).toEqual(before);
    core.close();
  });
});

describe('export everything → import elsewhere', () => {
  test('a fresh data folder gets identical contents, progress and recordings; a backup is taken first', async () => {
    const { core, deps } = coreWithHistory();
    const recording = addRecording(core, 2, 1, 'recorded answer bytes');
    const archive = await exportEverything(deps);
    expect(archive.recordings).toBe(1);
    const expected = dumpContents(core.db);
    const dashboard = await callOk(core, 'progress.dashboard', { range: 'all' });
    core.close();

    const fresh = openTestCore(makeTempDir());
    const report = await importEverything({ ...fresh.deps, now: fixedNow }, archive.path);
    expect(report.backup.reason).toBe('pre-import');
    expect(dumpContents(fresh.db)).toEqual(expected);
    expect(await callOk(fresh, 'progress.dashboard', { range: 'all' })).toEqual(dashboard);
    expect(readFileSync(join(recordingsDir(fresh.dataDir), recording), 'utf8')).toBe('recorded answer bytes');
    fresh.close();
  });

  test('a damaged or foreign archive is refused with a reason and nothing changes', async () => {
    const { core, deps } = coreWithHistory(5);
    const archive = await exportEverything(deps);
    const before = dumpContents(core.db);
    const bytes = readFileSync(archive.path);
    const cut = join(core.dataDir, 'cut.tar');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(importEverything(deps, cut)).rejects.toThrow(/cannot be imported/);
    const tampered = join(core.dataDir, 'tampered.tar');
    writeFileSync(tampered, Buffer.from(bytes.toString('latin1').replace('"confidence"', '"confidenze"'), 'latin1'));
    await expect(importEverything(deps, tampered)).rejects.toThrow(/cannot be imported/);
    const notTar = join(core.dataDir, 'notes.tar');
    writeFileSync(notTar, 'hello');
    await expect(importEverything(deps, notTar)).rejects.toThrow(/cannot be imported/);
    expect(dumpContents(core.db)).toEqual(before);
    core.close();
  });
});
