import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { checkDatabaseCopy, writeVerifiedCopy } from '../../../electron/main/storage/verified-copy';
import { databaseFileName, openDatabase } from '../../../electron/main/storage/open-database';
import { latestVersion } from '../../../electron/main/storage/migrate';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { importGraph, projectRoot } from './import-graph';
import { seedAtVersion } from './seed-at-version';

afterEach(removeTempDirs);

test('writes a whole, checked copy under the final name and leaves no partial file', () => {
  const dir = makeTempDir();
  const { db } = openDatabase(dir);
  db.exec("INSERT INTO banks (name, created_at, updated_at) VALUES ('Mine', 'x', 'x')");
  const destination = join(dir, 'copy.sqlite');
  expect(writeVerifiedCopy(db, destination)).toMatchObject({ ok: true, problem: null, schemaVersion: latestVersion });
  expect(readdirSync(dir).filter((n) => n.startsWith('.partial-'))).toEqual([]);
  const copy = new BetterSqlite3(destination, { readonly: true });
  expect(copy.prepare('SELECT name FROM banks').all()).toEqual([{ name: 'Mine' }]);
  copy.close();
  db.close();
});

test('a copy that cannot be written leaves nothing under the final name, and the error says why', () => {
  const dir = makeTempDir();
  const { db } = openDatabase(dir);
  const destination = join(dir, 'no-such-folder', 'copy.sqlite');
  expect(() => writeVerifiedCopy(db, destination)).toThrow(/unable to open|no such|cannot/i);
  expect(existsSync(destination)).toBe(false);
  db.close();
});

test('the check refuses a damaged file and names the problem', () => {
  const dir = makeTempDir();
  const path = join(dir, 'bad.sqlite');
  const { db } = openDatabase(dir);
  writeVerifiedCopy(db, path);
  db.close();
  const bytes = readFileSync(path);
  bytes.write('not a database header', 0);
  writeFileSync(path, bytes);
  expect(checkDatabaseCopy(path)).toMatchObject({ ok: false, problem: 'not a database file', schemaVersion: null });
});

test('the start-up copy before a migration is written by the same writer: verified, no partial left', () => {
  const dir = makeTempDir();
  seedAtVersion(join(dir, databaseFileName), 3);
  const { db, preMigrationBackup } = openDatabase(dir);
  db.close();
  expect(checkDatabaseCopy(preMigrationBackup!)).toMatchObject({ ok: true, schemaVersion: 3 });
  expect(readdirSync(join(dir, 'backups')).filter((n) => n.startsWith('.partial-'))).toEqual([]);
});

test('storage/verified-copy.ts is the only code that copies the database (VACUUM INTO)', () => {
  const copiers = [...importGraph(['electron']).keys()].filter((file) =>
    /prepare\(\s*['"`]VACUUM INTO/i.test(readFileSync(join(projectRoot, file), 'utf8')),
  );
  expect(copiers).toEqual(['electron/main/storage/verified-copy.ts']);
});
