import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { createAppCore } from '../../electron/main/app-core';
import { confBackend } from '../../electron/main/settings/conf-backend';
import { latestVersion } from '../../electron/main/storage/migrations/index';
import { databaseFileName } from '../../electron/main/storage/open-database';
import { compareWithModel, expectedStates, type MatchedState, matchedState, presentMarkers } from './model';
import type { ChildLog } from './protocol';

export interface TrialSetup {
  /** The database's version before the child opened it: 0 for a new data folder. */
  startVersion: number;
  /** Rows per table the older database held, which must all still be there. */
  seedCounts: Record<string, number>;
}

export const webmMagic = Buffer.from([0x1a, 0x45, 0xdf, 0xa3]);

function tableExists(db: Database, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

/**
 * No row may name a missing, partial or foreign file, whatever the model says.
 * Right after a crash the file may still wait in the pool of set-aside
 * recordings (a restore was cut short); once the app has started again it must
 * be back in `recordings/`.
 */
function checkRecordingRows(db: Database, dirs: string[]): string[] {
  if (!tableExists(db, 'recordings')) return [];
  const problems: string[] = [];
  for (const row of db.prepare('SELECT id, file_name AS f, byte_size AS b FROM recordings').iterate() as Iterable<{
    id: number;
    f: string;
    b: number;
  }>) {
    const file = dirs.map((dir) => join(dir, row.f)).find((path) => existsSync(path));
    if (!file) problems.push(`recording row ${row.id} names a missing file ${row.f}`);
    else if (statSync(file).size !== row.b)
      problems.push(`recording row ${row.id}: ${statSync(file).size} bytes on disk, ${row.b} in the row`);
    else if (!readFileSync(file).subarray(0, 4).equals(webmMagic)) problems.push(`recording row ${row.id}: ${row.f} is not WebM`);
  }
  return problems;
}

/** Every file in backups/ under a final (not temporary) name must be a whole database. */
function checkBackupFiles(dataDir: string): string[] {
  const dir = join(dataDir, 'backups');
  if (!existsSync(dir)) return [];
  const problems: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.sqlite') && !n.startsWith('.'))) {
    let db: Database | undefined;
    try {
      db = new BetterSqlite3(join(dir, name), { readonly: true, fileMustExist: true });
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') problems.push(`backup ${name} is damaged: ${String(check)}`);
    } catch (error) {
      problems.push(`backup ${name} cannot be opened: ${(error as Error).message}`);
    } finally {
      db?.close();
    }
  }
  return problems;
}

/**
 * Everything a trial must satisfy after SIGKILL: the database passes
 * integrity_check and foreign_key_check, is at a version it may be at,
 * still has every row of the older database it started from, matches the
 * model (acknowledged writes present, nothing half applied), its backups are
 * whole and hold what they should, and the app starts on it again.
 */
export interface MatchedStates {
  /** Which expected state the database matched right after the kill, and after the app started again on it. */
  afterKill: MatchedState | 'not checked';
  afterRestart: MatchedState | 'not checked';
}

export function verifyTrial(
  dataDir: string,
  log: ChildLog,
  setup: TrialSetup,
  matched: MatchedStates = { afterKill: 'not checked', afterRestart: 'not checked' },
): string[] {
  const problems = log.errors.map((error) => `the child reported an error: ${error}`);
  const file = join(dataDir, databaseFileName);
  const opened = log.acks.has(0);
  if (!existsSync(file)) {
    if (opened || setup.startVersion > 0) problems.push('the database file is gone');
    return problems;
  }
  // Live recordings, and the pool where the app keeps files only backups still refer to.
  const liveDir = join(dataDir, 'recordings');
  const bothDirs = [liveDir, join(dataDir, 'backups', 'recordings')];
  const db = new BetterSqlite3(file);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return [...problems, `integrity_check: ${String(integrity)}`];
    const foreignKeys = db.pragma('foreign_key_check') as unknown[];
    if (foreignKeys.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(foreignKeys.slice(0, 3))}`);

    const version = db.pragma('user_version', { simple: true }) as number;
    const allowed = opened ? [latestVersion] : [setup.startVersion, latestVersion];
    if (!allowed.includes(version)) problems.push(`user_version is ${version}, expected ${allowed.join(' or ')}`);
    for (const [table, count] of Object.entries(setup.seedCounts)) {
      const { n } = db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number };
      if (n < count) problems.push(`${table} lost rows of the older database: ${n} < ${count}`);
    }

    if (version === latestVersion) {
      const expected = expectedStates(log);
      problems.push(...compareWithModel(db, bothDirs, expected.universe, [expected.acked, expected.withInFlight], 'database'));
      matched.afterKill = matchedState(presentMarkers(db, bothDirs, expected.universe), [expected.acked, expected.withInFlight]);
      problems.push(...checkRecordingRows(db, bothDirs));
      for (const [name, markers] of expected.backups) {
        const path = join(dataDir, 'backups', name);
        if (!existsSync(path)) continue; // thinned by the retention policy, which is allowed
        const backup = new BetterSqlite3(path, { readonly: true });
        try {
          problems.push(...compareWithModel(backup, bothDirs, expected.universe, [markers, null], `backup ${name}`));
        } finally {
          backup.close();
        }
      }
    }
  } finally {
    db.close();
  }
  problems.push(...checkBackupFiles(dataDir));
  if (problems.length > 0) return problems;

  // The user starts the app again: it must open, finish any migration and answer.
  try {
    const core = createAppCore({ dataDir, mode: 'browser', version: '0.0.0-crash', settingsBackend: confBackend });
    const check = core.db.pragma('quick_check', { simple: true });
    if (check !== 'ok') problems.push(`after restarting the app: quick_check ${String(check)}`);
    problems.push(...checkRecordingRows(core.db, [liveDir]).map((p) => `after restarting the app: ${p}`));
    // Start-up clean-ups (orphan files, interrupted uploads) must not undo acknowledged work either.
    const expected = expectedStates(log);
    problems.push(
      ...compareWithModel(core.db, [liveDir], expected.universe, [expected.acked, expected.withInFlight], 'after restarting the app'),
    );
    matched.afterRestart = matchedState(presentMarkers(core.db, [liveDir], expected.universe), [expected.acked, expected.withInFlight]);
    core.close();
  } catch (error) {
    problems.push(`the app does not start again: ${(error as Error).message}`);
  }
  return problems;
}
