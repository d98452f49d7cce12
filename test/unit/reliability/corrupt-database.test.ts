import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { AppInfo } from '../../../shared/domain/app-info';
import { defaultPreferences } from '../../../shared/domain/settings';
import { createBackup } from '../../../electron/main/services/data/backups';
import { settingsFileName } from '../../../electron/main/settings/settings-store';
import type { AppHost } from '../../../electron/main/start-app';
import { latestVersion } from '../../../electron/main/storage/migrations/index';
import { databaseFileName } from '../../../electron/main/storage/open-database';
import { DatabaseTooNewError, DatabaseUnreadableError } from '../../../electron/main/storage/startup-errors';
import { fileHash } from '../../helpers/file-hash';
import { steppingClock, useAppHosts } from '../../helpers/app-hosts';
import { makeTempDir } from '../../helpers/temp-dir';

const now = steppingClock('2026-03-01T09:00:00.000Z');
const { start, close } = useAppHosts(now);

async function call(host: AppHost, channel: string, input: unknown = {}) {
  return host.dispatch(channel, input, { transport: 'test' });
}

async function info(host: AppHost): Promise<AppInfo> {
  const result = await call(host, 'app.info');
  if (!result.ok) throw new Error(result.error.message);
  return result.value as AppInfo;
}

/** A data folder with one marked bank, optionally a verified backup of it, then the database damaged. */
function damagedDataDir({ backup }: { backup: boolean }): { dataDir: string; file: string } {
  const dataDir = makeTempDir();
  const host = start(dataDir);
  const core = host.core()!;
  core.db.prepare("INSERT INTO banks (name, created_at, updated_at) VALUES ('Recovery canary', @t, @t)").run({ t: now().toISOString() });
  if (backup) createBackup({ db: core.db, dataDir, now }, 'manual');
  close(host);
  const file = join(dataDir, databaseFileName);
  const bytes = readFileSync(file);
  bytes.fill(0x5a, 0, 100); // the header: SQLite no longer recognises the file
  writeFileSync(file, bytes);
  writeFileSync(`${file}-wal`, 'left-over write-ahead log');
  return { dataDir, file };
}

function canaryCount(file: string): number {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM banks WHERE name = 'Recovery canary'").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('a damaged database at start', () => {
  test('opens in the recovery state, says what happened in plain words, and touches nothing until the user chooses', async () => {
    const { dataDir, file } = damagedDataDir({ backup: true });
    const before = fileHash(file);
    const host = start(dataDir);

    expect(host.core()).toBeNull();
    const { recovery } = await info(host);
    expect(recovery?.problem).toMatch(/not a readable database/);
    expect(recovery?.damagedFile).toBe(file);
    expect(recovery?.backup?.fileName).toMatch(/^manual-v\d+-.*\.sqlite$/);
    await expect(call(host, 'banks.list', {})).resolves.toMatchObject({ ok: false, error: { code: 'unavailable' } });
    await expect(call(host, 'settings.get')).resolves.toEqual({ ok: true, value: defaultPreferences });
    expect(fileHash(file)).toBe(before);
  });

  test('restoring the backup keeps the damaged file (and its WAL) aside and brings the data back', async () => {
    const { dataDir, file } = damagedDataDir({ backup: true });
    const before = fileHash(file);
    const host = start(dataDir);

    const result = await call(host, 'app.recoverFromBackup');
    expect(result).toMatchObject({ ok: true, value: { restoredFrom: expect.stringMatching(/^manual-/) } });
    const { keptAs } = (result as { value: { keptAs: string } }).value;
    expect(keptAs).toMatch(/rehearse\.corrupt-2026-03-01T09-\d{2}-\d{2}-\d{3}Z\.sqlite$/);
    expect(readFileSync(`${keptAs}-wal`, 'utf8')).toBe('left-over write-ahead log');
    expect(fileHash(keptAs), 'the damaged file and its WAL, byte for byte').toBe(before);

    expect(host.core()).not.toBeNull();
    const after = await info(host);
    expect(after.recovery).toBeUndefined();
    expect(after.notices.find((n) => n.id === 'database-recovered')?.message).toMatch(
      /restored from the backup taken .* kept as .*rehearse\.corrupt-/,
    );
    expect(canaryCount(file)).toBe(1);
    await expect(call(host, 'banks.list', {})).resolves.toMatchObject({ ok: true });
    await expect(call(host, 'app.startFresh')).resolves.toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  test('without a verified backup, the user can start fresh; the damaged file is kept', async () => {
    const { dataDir, file } = damagedDataDir({ backup: false });
    const host = start(dataDir);
    expect((await info(host)).recovery?.backup).toBeNull();
    await expect(call(host, 'app.recoverFromBackup')).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });

    const result = await call(host, 'app.startFresh');
    expect(result.ok).toBe(true);
    const { keptAs } = (result as { value: { keptAs: string } }).value;
    expect(readFileSync(keptAs).subarray(0, 100)).toEqual(Buffer.alloc(100, 0x5a));
    expect(canaryCount(file)).toBe(0);
    expect((await info(host)).notices.map((n) => n.id)).toContain('database-recovered');
  });

  test('a backup that fails its check, or comes from a newer version, is not offered', async () => {
    const { dataDir } = damagedDataDir({ backup: false });
    const backups = join(dataDir, 'backups');
    mkdirSync(backups, { recursive: true });
    writeFileSync(join(backups, 'manual-v1-2026-02-01T10-00-00-000Z.sqlite'), 'not a database at all');
    const future = new BetterSqlite3(join(backups, `manual-v${latestVersion + 1}-2026-02-02T10-00-00-000Z.sqlite`));
    future.pragma(`user_version = ${latestVersion + 1}`);
    future.exec('CREATE TABLE t (x)');
    future.close();
    expect((await info(start(dataDir))).recovery?.backup).toBeNull();
  });

  test('a damaged settings file as well: both are reported, neither is deleted', async () => {
    const { dataDir } = damagedDataDir({ backup: false });
    writeFileSync(join(dataDir, settingsFileName), '{"preferences": ');
    const host = start(dataDir);
    expect((await info(host)).notices.map((n) => n.id)).toEqual(['settings-reset']);
    await call(host, 'app.startFresh');
    expect((await info(host)).notices.map((n) => n.id).sort()).toEqual(['database-recovered', 'settings-reset']);
    const aside = readdirSync(dataDir).filter((name) => name.startsWith(`${settingsFileName}.bad-`));
    expect(readFileSync(join(dataDir, aside[0]!), 'utf8')).toBe('{"preferences": ');
  });
});

describe('other start-up refusals', () => {
  test('a settings file with a bad value alone: that value reset, the old file kept, the user told through app.info', async () => {
    const dataDir = makeTempDir();
    writeFileSync(join(dataDir, settingsFileName), JSON.stringify({ preferences: { theme: 'purple' } }));
    const host = start(dataDir);
    const { notices, recovery } = await info(host);
    expect(recovery).toBeUndefined();
    expect(notices).toEqual([
      expect.objectContaining({ id: 'settings-reset', message: expect.stringMatching(/Theme \(preferences\.theme\)/) }),
    ]);
    await expect(call(host, 'settings.get')).resolves.toEqual({ ok: true, value: defaultPreferences });
    expect(readdirSync(dataDir).some((name) => name.startsWith(`${settingsFileName}.bad-`))).toBe(true);
  });

  test('a database from a newer version is refused and left byte for byte as it was', () => {
    const dataDir = makeTempDir();
    const file = join(dataDir, databaseFileName);
    const future = new BetterSqlite3(file);
    future.exec('CREATE TABLE from_the_future (x)');
    future.pragma(`user_version = ${latestVersion + 3}`);
    future.close();
    const before = fileHash(file);
    expect(() => start(dataDir)).toThrow(DatabaseTooNewError);
    expect(fileHash(file)).toBe(before);
    expect(readdirSync(dataDir).filter((name) => name.includes('corrupt'))).toEqual([]);
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
  });

  test('a database that cannot be read for another reason is not treated as damaged', () => {
    const dataDir = makeTempDir();
    mkdirSync(join(dataDir, databaseFileName)); // e.g. a folder where the file should be
    expect(() => start(dataDir)).toThrow(DatabaseUnreadableError);
    expect(readdirSync(dataDir).filter((name) => name.includes('corrupt'))).toEqual([]);
  });
});
