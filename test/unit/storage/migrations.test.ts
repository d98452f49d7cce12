import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { migrate, readUserVersion } from '../../../electron/main/storage/migrate';
import { latestVersion, migrations } from '../../../electron/main/storage/migrations/index';
import { databaseFileName, openDatabase } from '../../../electron/main/storage/open-database';
import { DatabaseCorruptError, DatabaseTooNewError } from '../../../electron/main/storage/startup-errors';
import { fileHash } from '../../helpers/file-hash';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { derivedByMigration, seedAtVersion, seedFreshWithInputs } from './seed-at-version';
import { dumpSchema, dumpTables } from './table-dump';

afterEach(removeTempDirs);

// Local days are part of the values compared: run in a zone west of UTC, so an answer saved
// late in the UTC evening belongs to the day before, whatever zone the machine is in.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('openDatabase', () => {
  test('creates a new database at the latest version with WAL, synchronous=FULL and foreign keys on', () => {
    const dir = makeTempDir();
    const { db, migration } = openDatabase(dir);
    expect(migration).toMatchObject({ from: 0, to: latestVersion });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(readUserVersion(db)).toBe(latestVersion);
    db.close();
  });

  test('reopening a current database applies nothing and takes no backup', () => {
    const dir = makeTempDir();
    openDatabase(dir).db.close();
    const again = openDatabase(dir);
    expect(again.migration.applied).toEqual([]);
    expect(again.preMigrationBackup).toBeNull();
    again.db.close();
  });

  test('refuses a database from a newer version and leaves the file byte for byte as it was', () => {
    const dir = makeTempDir();
    const file = join(dir, databaseFileName);
    const future = new BetterSqlite3(file);
    future.exec('CREATE TABLE from_the_future (x)');
    future.pragma(`user_version = ${latestVersion + 5}`);
    future.close();
    const before = fileHash(file);

    expect(() => openDatabase(dir)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(dir)).toThrow(/newer version of Rehearse/);
    expect(fileHash(file)).toBe(before);
  });

  test('refuses a file that is not a database without changing it', () => {
    const dir = makeTempDir();
    const file = join(dir, databaseFileName);
    writeFileSync(file, 'this is not sqlite '.repeat(200));
    const before = fileHash(file);
    expect(() => openDatabase(dir)).toThrow(DatabaseCorruptError);
    expect(fileHash(file)).toBe(before);
  });
});

describe('migrations', () => {
  test('are numbered 1, 2, 3… in order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  // A database created at every older version, with data in it, must migrate to the latest and keep
  // its data: every table's values equal a database built today from the same inputs, and the whole
  // contents equal the explicit expected snapshot (reviewed when it changes) in __snapshots__/.
  for (let version = 1; version < latestVersion; version++) {
    test(`a database at version ${version} with data migrates to ${latestVersion}, keeping every value and a backup`, async () => {
      const dir = makeTempDir();
      const file = join(dir, databaseFileName);
      const expected = seedAtVersion(file, version);

      const opened = openDatabase(dir);
      expect(opened.migration).toMatchObject({ from: version, to: latestVersion });
      expect(opened.preMigrationBackup).not.toBeNull();
      expect(existsSync(opened.preMigrationBackup!)).toBe(true);
      for (const [table, count] of Object.entries(expected)) {
        expect(opened.db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: count });
      }
      expect(opened.db.pragma('foreign_key_check')).toEqual([]);
      const migrated = dumpTables(opened.db);
      const migratedSchema = dumpSchema(opened.db);
      opened.db.close();

      const freshFile = join(makeTempDir(), 'fresh.sqlite');
      seedFreshWithInputs(freshFile, version);
      const fresh = new BetterSqlite3(freshFile, { readonly: true });
      try {
        expect(migratedSchema).toEqual(dumpSchema(fresh));
        const freshTables = dumpTables(fresh);
        expect(Object.keys(migrated)).toEqual(Object.keys(freshTables));
        for (const table of Object.keys(freshTables)) {
          if (table in derivedByMigration) continue;
          expect(migrated[table], `${table} after migrating from version ${version}`).toEqual(freshTables[table]);
        }
      } finally {
        fresh.close();
      }
      await expect(`${JSON.stringify(migrated, null, 1)}\n`).toMatchFileSnapshot(`__snapshots__/migrated-from-v${version}.json`);

      const backup = new BetterSqlite3(opened.preMigrationBackup!, { readonly: true });
      expect(readUserVersion(backup)).toBe(version);
      backup.close();
    });
  }

  test('a migration that fails leaves the database at its old version with nothing applied', () => {
    const dir = makeTempDir();
    const db = new BetterSqlite3(join(dir, 'x.sqlite'));
    const broken = [
      { version: 1, name: 'good', up: (d: typeof db) => d.exec('CREATE TABLE a (x)') },
      { version: 2, name: 'bad', up: (d: typeof db) => d.exec('CREATE TABLE a (x)') },
    ];
    expect(() => migrate(db, 'x.sqlite', broken)).toThrow();
    expect(readUserVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'a'").get()).toEqual({ n: 0 });
    db.close();
    expect(readdirSync(dir)).toContain('x.sqlite');
  });
});
