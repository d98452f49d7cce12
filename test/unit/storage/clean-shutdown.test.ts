import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { createAppCore } from '../../../electron/main/app-core';
import { confBackend } from '../../../electron/main/settings/conf-backend';
import { startApp } from '../../../electron/main/start-app';
import { cleanShutdownFileName, recordCleanShutdown } from '../../../electron/main/storage/clean-shutdown';
import { latestVersion } from '../../../electron/main/storage/migrate';
import { databaseFileName, openDatabase } from '../../../electron/main/storage/open-database';
import { DatabaseTooNewError } from '../../../electron/main/storage/startup-errors';
import { fileHash } from '../../helpers/file-hash';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { openTestCore } from '../../helpers/test-core';

// Issue 13, item 7: the full quick_check runs at open only after an unclean shutdown (or a change
// to the file, or once a week); otherwise it runs after the first screen, and damage it finds is
// reported and makes the next start refuse the file, as before.

afterEach(removeTempDirs);

const marker = (dir: string) => join(dir, cleanShutdownFileName);

/** A data folder whose app was closed cleanly, with `questions` extra rows. */
function closedCleanly(questions = 0): string {
  const dir = makeTempDir();
  const core = openTestCore(dir);
  const insert = core.db.prepare("INSERT INTO questions (bank_id, text, created_at, updated_at) VALUES (?, ?, 'x', 'x')");
  const bank = core.db.prepare("INSERT INTO banks (name, created_at, updated_at) VALUES ('Filler', 'x', 'x')").run().lastInsertRowid;
  core.db.transaction(() => {
    for (let i = 0; i < questions; i++) insert.run(bank, `Filler question number ${i} ${'padding '.repeat(20)}`);
  })();
  core.close();
  return dir;
}

describe('start-up integrity check', () => {
  test('a new folder needs no check; after a clean close the next open defers the full check and takes the marker', () => {
    const dir = makeTempDir();
    const first = openDatabase(dir);
    expect(first.integrity.fullCheckAtOpen).toBe('new database');
    first.db.close();
    expect(existsSync(marker(dir))).toBe(false); // only the app core's close records a clean shutdown

    const cleanDir = closedCleanly();
    expect(existsSync(marker(cleanDir))).toBe(true);
    const opened = openDatabase(cleanDir);
    expect(opened.integrity.fullCheckAtOpen).toBeNull();
    expect(existsSync(marker(cleanDir))).toBe(false); // from now on the folder says "not closed cleanly"
    opened.db.close();
  });

  test('after a kill (no clean close) the full check runs at open', () => {
    const dir = closedCleanly();
    openDatabase(dir); // opened and never closed by the app: what a kill leaves
    expect(openDatabase(dir).integrity.fullCheckAtOpen).toBe('not closed cleanly');
  });

  test('a file changed after the clean close, or a marker that is not ours, means a full check', () => {
    const dir = closedCleanly();
    writeFileSync(join(dir, databaseFileName), readFileSync(join(dir, databaseFileName))); // same bytes, new mtime
    expect(openDatabase(dir).integrity.fullCheckAtOpen).toBe('changed since it was closed');

    const other = closedCleanly();
    writeFileSync(marker(other), '{"bytes":"lots"}');
    expect(openDatabase(other).integrity.fullCheckAtOpen).toBe('not closed cleanly');
  });

  test('a week after the last full check, the check runs at open even after clean closes', () => {
    const dir = closedCleanly();
    const eightDaysLater = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000);
    expect(openDatabase(dir, eightDaysLater).integrity.fullCheckAtOpen).toBe('weekly check');
  });

  test('a database from a newer version is refused even with a clean-shutdown marker, and not changed', () => {
    const dir = closedCleanly();
    const file = join(dir, databaseFileName);
    const db = new BetterSqlite3(file);
    db.pragma(`user_version = ${latestVersion + 1}`);
    db.close();
    recordCleanShutdown(dir, file, new Date());
    const before = fileHash(file);
    expect(() => openDatabase(dir)).toThrow(DatabaseTooNewError);
    expect(fileHash(file)).toBe(before);
  });

  test('damage the open did not look for is found after the first screen (in a worker), reported, and refused at the next start', async () => {
    const dir = closedCleanly(3000);
    const file = join(dir, databaseFileName);
    // Bit rot inside a table page that the header and schema do not touch, and a marker that still matches.
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const page = Math.floor(bytes.length / pageSize / 2);
    bytes.fill(0xa5, page * pageSize + 8, (page + 1) * pageSize);
    writeFileSync(file, bytes);
    recordCleanShutdown(dir, file, new Date());

    const host = startApp({ dataDir: dir, mode: 'browser', version: '0.0.0-test', settingsBackend: confBackend });
    const core = host.core()!;
    expect(core).not.toBeNull(); // the first screen was not held up by the full check
    const check = await core.checkInBackground();
    expect(check?.ok).toBe(false);
    expect(core.notices.list().map((n) => n.id)).toContain('database-damaged');
    expect(await core.checkInBackground()).toBeNull(); // once
    host.close();
    expect(existsSync(marker(dir))).toBe(false);

    const again = startApp({ dataDir: dir, mode: 'browser', version: '0.0.0-test', settingsBackend: confBackend });
    expect(again.core()).toBeNull(); // the recovery screen, as for any damaged database
    again.close();
  });

  test('a healthy background check moves the weekly deadline; a check that ran at open is not repeated', async () => {
    const dir = closedCleanly();
    const checkedAt = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
    const core = createAppCore({
      dataDir: dir,
      mode: 'browser',
      version: '0.0.0-test',
      settingsBackend: confBackend,
      now: () => checkedAt,
    });
    expect(await core.checkInBackground()).toMatchObject({ ok: true });
    core.close();
    expect(JSON.parse(readFileSync(marker(dir), 'utf8'))).toMatchObject({ fullCheckAt: checkedAt.toISOString() });
    const fresh = openTestCore(makeTempDir());
    expect(await fresh.checkInBackground()).toBeNull();
    fresh.close();
  });
});
