import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { AppInfo } from '../../../shared/domain/app-info';
import { createBackup } from '../../../electron/main/services/data/backups';
import type { AppHost } from '../../../electron/main/start-app';
import { databaseFileName } from '../../../electron/main/storage/open-database';
import { fileHash } from '../../helpers/file-hash';
import { dispatchOk, steppingClock, useAppHosts } from '../../helpers/app-hosts';
import { makeTempDir } from '../../helpers/temp-dir';

// Issue 16, item 3: ids are never handed out twice — not after recovering from a damaged database either.
// Start fresh (and restoring a backup) carries each table's id counter from the damaged file and the backups.

const now = steppingClock('2026-03-01T09:00:00.000Z');
const { start, close } = useAppHosts(now);
/** A name no other call in the test uses. */
const unique = () => now().getTime();
const ok = dispatchOk;

type Counters = Record<string, number>;

function countersOf(db: BetterSqlite3.Database): Counters {
  return Object.fromEntries(db.prepare<[], [string, number]>('SELECT name, seq FROM sqlite_sequence').raw().all());
}

function countersInFile(file: string): Counters {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return countersOf(db);
  } finally {
    db.close();
  }
}

/**
 * Uses ids in every way a user does: banks (one deleted again, so its counter is above every row),
 * questions (3,000, so the file has pages to damage far from the schema and the counters) and an interview.
 */
async function useIds(host: AppHost): Promise<void> {
  const core = host.core()!;
  const bank = await ok<{ id: number }>(host, 'banks.create', { name: `Bank ${unique()}`, description: '' });
  const insert = core.db.prepare("INSERT INTO questions (bank_id, text, created_at, updated_at) VALUES (?, ?, 'x', 'x')");
  core.db.transaction(() => {
    for (let i = 0; i < 3000; i++) insert.run(bank.id, `Filler question ${bank.id} ${i} ${'padding '.repeat(20)}`);
  })();
  await ok(host, 'reflection.saveInterview', {
    company: 'Acme',
    role: 'Engineer',
    heldAt: '2026-02-01T10:00:00.000Z',
    stage: 'first',
    format: 'video',
  });
  const gone = await ok<{ id: number }>(host, 'banks.create', { name: `Deleted bank ${unique()}`, description: '' });
  await ok(host, 'banks.remove', { id: gone.id });
}

/** Bit rot in a page in the middle of the file (question rows), which SQLite's quick_check finds at the next start. */
function damageMiddlePage(file: string): void {
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  const page = Math.floor(bytes.length / pageSize / 2);
  bytes.fill(0xa5, page * pageSize + 8, (page + 1) * pageSize);
  writeFileSync(file, bytes);
}

/** Every counter of `after` is at least the one in `before`, for every table `before` counted. */
function expectNoCounterBelow(after: Counters, before: Counters): void {
  expect(Object.keys(before).length).toBeGreaterThan(3);
  for (const [table, seq] of Object.entries(before)) expect(after[table] ?? 0, table).toBeGreaterThanOrEqual(seq);
}

/** New rows of the recovered database get ids above everything `before` counted (on a fresh start, the starter banks too). */
async function expectNewIdsAbove(host: AppHost, before: Counters, { fresh }: { fresh: boolean }): Promise<void> {
  const db = host.core()!.db;
  expectNoCounterBelow(countersOf(db), before);
  if (fresh) expect(db.prepare<[], number>('SELECT min(id) FROM banks').pluck().get()).toBeGreaterThan(before.banks!);
  const bank = await ok<{ id: number }>(host, 'banks.create', { name: 'After recovery', description: '' });
  expect(bank.id).toBeGreaterThan(before.banks!);
  const question = await ok<{ id: number }>(host, 'questions.create', { bankId: bank.id, text: 'After recovery?' });
  expect(question.id).toBeGreaterThan(before.questions!);
  const interview = await ok<{ id: number }>(host, 'reflection.saveInterview', {
    company: 'Later Ltd',
    role: 'Engineer',
    heldAt: '2026-03-02T10:00:00.000Z',
    stage: 'first',
    format: 'video',
  });
  expect(interview.id).toBeGreaterThan(before.interviews!);
}

async function notice(host: AppHost): Promise<string> {
  const info = await ok<AppInfo>(host, 'app.info');
  return info.notices.find((n) => n.id === 'database-recovered')?.message ?? '';
}

describe('recovering from a damaged database never hands out an id again', () => {
  test('start fresh: ids continue above every id the damaged file used, its last writes (still in its WAL) included; the file is not changed', async () => {
    const source = makeTempDir();
    const host = start(source);
    await useIds(host);
    // A kill: the last writes are only in the WAL when the files are taken (no checkpoint, no clean close).
    const core = host.core()!;
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    core.db.pragma('wal_autocheckpoint = 0');
    await useIds(host);
    const used = countersOf(core.db);
    const dataDir = makeTempDir();
    const file = join(dataDir, databaseFileName);
    copyFileSync(join(source, databaseFileName), file);
    copyFileSync(join(source, `${databaseFileName}-wal`), `${file}-wal`);
    const mainOnly = join(makeTempDir(), databaseFileName);
    copyFileSync(file, mainOnly);
    expect(countersInFile(mainOnly).banks ?? 0, 'the main file alone is behind').toBeLessThan(used.banks!);
    close(host);
    damageMiddlePage(file);
    const damaged = fileHash(file);

    const recovering = start(dataDir);
    expect((await ok<AppInfo>(recovering, 'app.info')).recovery?.problem).toMatch(/quick_check/);
    const { keptAs } = await ok<{ keptAs: string }>(recovering, 'app.startFresh');
    expect(fileHash(keptAs), 'the damaged file and its WAL, byte for byte').toBe(damaged);
    await expectNewIdsAbove(recovering, used, { fresh: true });
    expect(await notice(recovering)).not.toMatch(/could not be read/);
  });

  test('restore the newest backup after damage: ids continue above the damaged file’s, not only the backup’s', async () => {
    const dataDir = makeTempDir();
    const host = start(dataDir);
    await useIds(host);
    const backup = createBackup({ db: host.core()!.db, dataDir, now }, 'manual');
    await useIds(host); // after the backup: only the damaged file knows these ids
    const used = countersOf(host.core()!.db);
    close(host);
    const file = join(dataDir, databaseFileName);
    expect(countersInFile(backup.path).banks).toBeLessThan(used.banks!);
    damageMiddlePage(file);

    const recovering = start(dataDir);
    await ok(recovering, 'app.recoverFromBackup');
    await expectNewIdsAbove(recovering, used, { fresh: false });
  });

  test('a damaged file that cannot be read at all: the backups’ counters are carried, the notice says so, and start fresh goes on', async () => {
    const dataDir = makeTempDir();
    const host = start(dataDir);
    await useIds(host);
    createBackup({ db: host.core()!.db, dataDir, now }, 'manual');
    const backedUp = countersOf(host.core()!.db);
    close(host);
    const file = join(dataDir, databaseFileName);
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 0, 100); // the header: not a database any more
    writeFileSync(file, bytes);
    writeFileSync(`${file}-wal`, 'left-over write-ahead log');

    const recovering = start(dataDir);
    await ok(recovering, 'app.startFresh');
    await expectNewIdsAbove(recovering, backedUp, { fresh: true });
    expect(await notice(recovering)).toMatch(
      /The damaged file could not be read at all \(SQLITE_NOTADB\), so new records are numbered after those in your backups only\.$/,
    );
    expect(recovering.log.recent(20).join('\n')).toMatch(/recovery\.ids_unreadable.*SQLITE_NOTADB/);
  });

  test('no database file but backups, start fresh: ids continue above the backups’', async () => {
    const dataDir = makeTempDir();
    const host = start(dataDir);
    await useIds(host);
    createBackup({ db: host.core()!.db, dataDir, now }, 'manual');
    const backedUp = countersOf(host.core()!.db);
    close(host);
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, databaseFileName + suffix), { force: true });

    const recovering = start(dataDir);
    expect((await ok<AppInfo>(recovering, 'app.info')).recovery?.missing).toBe(true);
    await ok(recovering, 'app.startFresh');
    await expectNewIdsAbove(recovering, backedUp, { fresh: true });
  });
});
