import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { NoticeBoard } from '../../../electron/main/services/app/notices';
import { backupIfDue, startBackupSchedule } from '../../../electron/main/services/data/backup-schedule';
import { backupDir, createBackup, latestVerifiedBackup, listBackups, parseBackupName } from '../../../electron/main/services/data/backups';
import { databaseFileName, openDatabase } from '../../../electron/main/storage/open-database';
import { latestVersion } from '../../../electron/main/storage/migrate';
import { removeLeftovers } from '../../../electron/main/services/data/leftovers';
import { backupsToDelete } from '../../../shared/domain/backup-thinning';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { seedAtVersion } from '../storage/seed-at-version';

afterEach(removeTempDirs);

function withClock(start: string) {
  let now = new Date(start);
  return { now: () => now, set: (iso: string) => (now = new Date(iso)) };
}

describe('createBackup', () => {
  test('writes a verified copy with VACUUM INTO under one naming scheme, readable and equal to the live data', () => {
    const dataDir = makeTempDir();
    const { db } = openDatabase(dataDir);
    db.exec(`INSERT INTO banks (name, created_at, updated_at) VALUES ('Mine', 'x', 'x')`);
    const clock = withClock('2026-01-05T10:00:00.000Z');
    const info = createBackup({ db, dataDir, now: clock.now }, 'manual');
    expect(info).toMatchObject({
      reason: 'manual',
      createdAt: '2026-01-05T10:00:00.000Z',
      schemaVersion: latestVersion,
      verified: true,
      problem: null,
    });
    expect(info.fileName).toBe(`manual-v${latestVersion}-2026-01-05T10-00-00-000Z.sqlite`);
    const copy = new BetterSqlite3(info.path, { readonly: true });
    expect(copy.prepare('SELECT name FROM banks').all()).toEqual([{ name: 'Mine' }]);
    copy.close();
    // Same instant again: a second file, not an overwrite.
    expect(createBackup({ db, dataDir, now: clock.now }, 'manual').fileName).toBe(
      `manual-v${latestVersion}-2026-01-05T10-00-00-000Z-2.sqlite`,
    );
    expect(readdirSync(backupDir(dataDir)).filter((n) => n.startsWith('.partial'))).toEqual([]);
    db.close();
  });

  test('lists the start-up pre-migration copy too, verifying it once', () => {
    const dataDir = makeTempDir();
    seedAtVersion(join(dataDir, databaseFileName), 4);
    const { db, preMigrationBackup } = openDatabase(dataDir);
    expect(preMigrationBackup).not.toBeNull();
    const [listed] = listBackups(dataDir);
    expect(listed).toMatchObject({ reason: 'pre-migration', schemaVersion: 4, verified: true });
    expect(latestVerifiedBackup(dataDir)?.fileName).toBe(listed!.fileName);
    db.close();
  });

  test('a damaged backup is listed as not verified and never offered for recovery', () => {
    const dataDir = makeTempDir();
    const { db } = openDatabase(dataDir);
    const good = createBackup({ db, dataDir, now: () => new Date('2026-01-05T10:00:00.000Z') }, 'daily');
    writeFileSync(join(backupDir(dataDir), 'daily-v5-2026-01-06T10-00-00-000Z.sqlite'), 'not a database at all '.repeat(100));
    const [newest, older] = listBackups(dataDir);
    expect(newest).toMatchObject({ verified: false, problem: 'not a database file' });
    expect(older?.verified).toBe(true);
    expect(latestVerifiedBackup(dataDir)?.fileName).toBe(good.fileName);
    db.close();
  });

  test('names that are not backups are ignored', () => {
    expect(parseBackupName('notes.txt')).toBeNull();
    expect(parseBackupName('daily-v5-2026-01-05T10-00-00-000Z.sqlite')).toEqual({
      reason: 'daily',
      schemaVersion: 5,
      createdAt: '2026-01-05T10:00:00.000Z',
    });
  });
});

describe('daily backups and thinning', () => {
  test('one backup a day while used, thinned as it goes; manual backups stay', () => {
    const dataDir = makeTempDir();
    const { db } = openDatabase(dataDir);
    const clock = withClock('2025-01-01T08:00:00.000Z');
    const deps = { db, dataDir, now: clock.now };
    expect(backupIfDue(deps)?.reason).toBe('daily');
    clock.set('2025-01-01T20:00:00.000Z');
    expect(backupIfDue(deps)).toBeNull();
    createBackup(deps, 'manual');
    for (let day = 1; day <= 40; day++) {
      clock.set(new Date(Date.UTC(2025, 0, 1 + day, 9)).toISOString());
      backupIfDue(deps);
    }
    const left = listBackups(dataDir);
    expect(left.filter((b) => b.reason === 'manual')).toHaveLength(1);
    const days = left.filter((b) => b.reason === 'daily').map((b) => b.createdAt.slice(0, 10));
    expect(days.slice(0, 7)).toEqual(['2025-02-10', '2025-02-09', '2025-02-08', '2025-02-07', '2025-02-06', '2025-02-05', '2025-02-04']);
    // Then the newest of each older week (Mondays start weeks), back to the first day, the newest of January.
    expect(days.slice(7)).toEqual(
      ['2025-02-02', '2025-01-26', '2025-01-19', '2025-01-12', '2025-01-05', '2025-01-31']
        .filter((d, i, all) => all.indexOf(d) === i)
        .sort()
        .reverse()
        .filter((d) => days.includes(d)),
    );
    expect(days.length).toBeLessThanOrEqual(7 + 8 + 12);
    expect(existsSync(join(backupDir(dataDir), 'verified.json'))).toBe(true);
    db.close();
  });

  test('a year of daily backups thins to the newest 7 days, 8 weeks and 12 months', () => {
    const now = new Date('2026-01-31T12:00:00Z');
    const backups = Array.from({ length: 400 }, (_, i) => ({
      fileName: `d${i}`,
      createdAt: new Date(Date.UTC(2026, 0, 31 - i, 9)).toISOString(),
      manual: false,
    }));
    const deleted = new Set(backupsToDelete(backups, now));
    const kept = backups.filter((b) => !deleted.has(b.fileName)).map((b) => b.createdAt.slice(0, 10));
    expect(kept.slice(0, 7)).toEqual(['2026-01-31', '2026-01-30', '2026-01-29', '2026-01-28', '2026-01-27', '2026-01-26', '2026-01-25']);
    expect(kept).toContain('2025-12-14'); // newest of the eighth week back (from Monday 8 December)
    expect(kept).not.toContain('2025-12-07');
    expect(kept.at(-1)).toBe('2025-02-28'); // the twelfth month back, by its newest day
    expect(kept.length).toBeLessThanOrEqual(7 + 8 + 12);
  });

  test('thinning keeps everything from the last two days and counts buckets among existing backups', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const backups = [
      { fileName: 'a', createdAt: '2026-06-01T11:00:00.000Z', manual: false },
      { fileName: 'b', createdAt: '2026-06-01T10:00:00.000Z', manual: false },
      { fileName: 'c', createdAt: '2026-05-31T10:00:00.000Z', manual: false },
      // After a long break, old backups are still kept as the newest of their buckets.
      { fileName: 'd', createdAt: '2024-01-02T10:00:00.000Z', manual: false },
      { fileName: 'e', createdAt: '2024-01-01T10:00:00.000Z', manual: false },
      { fileName: 'f', createdAt: '2023-01-01T10:00:00.000Z', manual: true },
    ];
    expect(backupsToDelete(backups, now, { keepAllHours: 48, daily: 2, weekly: 2, monthly: 3 })).toEqual(['e']);
  });
});

test('leftovers of interrupted operations are swept at start; finished backups and exports stay', () => {
  const dataDir = makeTempDir();
  const { db } = openDatabase(dataDir);
  const kept = createBackup({ db, dataDir, now: () => new Date('2026-01-05T10:00:00.000Z') }, 'manual');
  db.close();
  mkdirSync(join(dataDir, 'exports'));
  mkdirSync(join(dataDir, 'exports', '.export-abc'));
  writeFileSync(join(dataDir, 'exports', 'rehearse-everything-2026-01-05T10-00-00-000Z.tar'), 'x');
  writeFileSync(join(backupDir(dataDir), '.partial-daily-v5-2026-01-06T10-00-00-000Z.sqlite'), 'x');
  writeFileSync(join(backupDir(dataDir), '.restore-0123456789abcdef.sqlite'), 'x');
  mkdirSync(join(dataDir, '.import-0123456789abcdef'));
  expect(removeLeftovers(dataDir)).toHaveLength(4);
  expect(readdirSync(backupDir(dataDir)).sort()).toEqual([kept.fileName, 'verified.json']);
  expect(readdirSync(join(dataDir, 'exports'))).toEqual(['rehearse-everything-2026-01-05T10-00-00-000Z.tar']);
  expect(existsSync(join(dataDir, '.import-0123456789abcdef'))).toBe(false);
});

test('the schedule backs up soon after start, then daily while running, and stops once the database is closed', async () => {
  vi.useFakeTimers();
  try {
    const dataDir = makeTempDir();
    const { db } = openDatabase(dataDir);
    let now = new Date('2026-01-05T08:00:00.000Z');
    const deps = { db, dataDir, now: () => now, notices: new NoticeBoard() };
    startBackupSchedule(deps, { firstCheckMs: 1000, checkEveryMs: 60_000 });
    expect(listBackups(dataDir)).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(listBackups(dataDir).map((b) => b.reason)).toEqual(['daily']);
    now = new Date('2026-01-05T20:00:00.000Z');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(listBackups(dataDir)).toHaveLength(1);
    now = new Date('2026-01-06T08:00:01.000Z');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(listBackups(dataDir)).toHaveLength(2);
    db.close();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(vi.getTimerCount()).toBe(0);
    expect(deps.notices.list()).toEqual([]);
  } finally {
    vi.useRealTimers();
  }
});
