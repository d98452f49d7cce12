import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { exportEverything } from '../../../electron/main/services/data/archive-export';
import { importEverything } from '../../../electron/main/services/data/archive-import';
import { callOk, openTestCore } from '../../helpers/test-core';
import { removeTempDirs } from '../../helpers/temp-dir';

afterEach(removeTempDirs);

type Core = ReturnType<typeof openTestCore>;

const pages = (core: Core) => ({
  pageCount: core.db.pragma('page_count', { simple: true }) as number,
  freeList: core.db.pragma('freelist_count', { simple: true }) as number,
  pageSize: core.db.pragma('page_size', { simple: true }) as number,
});

/** Grows the database by about 4 MB: 2,000 questions of 1,800 characters each (and their full-text index). */
async function grow(core: Core): Promise<void> {
  const bank = await callOk(core, 'banks.create', { name: 'Grown after the backup' });
  const insert = core.db.prepare('INSERT INTO questions (bank_id, text, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const at = new Date().toISOString();
  core.db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(bank.id, `Question ${i} ${'lorem ipsum dolor '.repeat(100)}`, at, at);
  })();
}

/** The main database file's size on disk, in bytes. */
const fileBytes = (core: Core) => statSync(join(core.dataDir, 'rehearse.sqlite')).size;

describe('replacing every row gives the freed pages back (issue 16)', () => {
  test('restoring a small older backup over a large database leaves a small file with no free pages, searchable and intact', async () => {
    const core = openTestCore();
    await callOk(core, 'banks.create', { name: 'Kept in the backup' });
    const backup = await callOk(core, 'data.backupNow', {});
    const small = pages(core).pageCount;
    await grow(core);
    const large = pages(core).pageCount;
    expect(large).toBeGreaterThan(small + 1000);

    await callOk(core, 'data.restoreBackup', { fileName: backup.fileName });
    const after = pages(core);
    // Without the compaction: page_count stays at `large`, with about `large - small` pages on the free list.
    expect(after.freeList).toBe(0);
    expect(after.pageCount).toBeLessThan(small + 50);
    // The WAL was checkpointed (TRUNCATE), so the file on disk is that small too.
    expect(fileBytes(core)).toBeLessThanOrEqual(after.pageCount * after.pageSize);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(core.db.pragma('foreign_key_check')).toEqual([]);
    // The full-text index survived the rebuild: the starter questions are still found.
    expect((await callOk(core, 'questions.search', { query: 'yourself' })).length).toBeGreaterThan(0);
    expect((await callOk(core, 'banks.list', {})).map((b) => b.name)).toContain('Kept in the backup');
    core.close();
  });

  test('importing an archive of smaller data over a large database leaves no free pages', async () => {
    const core = openTestCore();
    const archive = await exportEverything(core.deps);
    await grow(core);
    const large = pages(core).pageCount;
    await importEverything(core.deps, archive.path);
    const after = pages(core);
    expect(after.freeList).toBe(0);
    expect(after.pageCount).toBeLessThan(large / 2);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    core.close();
  });
});
