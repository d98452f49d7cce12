import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { exportChunkBytes } from '../../../shared/contract/data';
import { call, callOk, openTestCore } from '../../helpers/test-core';
import { removeTempDirs } from '../../helpers/temp-dir';
import { insertHistory, seedQuestions } from '../progress/history-fixture';

afterEach(removeTempDirs);

function coreWith(answers: number) {
  const core = openTestCore();
  seedQuestions(core.db);
  insertHistory(
    core.db,
    Array.from({ length: answers }, (_, i) => ({
      session: Math.floor(i / 4),
      question: i % 8,
      minute: i * 90,
      skipped: i === 3,
      confidence: (i % 5) + 1,
      reviewConfidence: null,
      timeUsedMs: 130_000,
      timeLimitMs: 120_000,
      selfCheck: { eyeContact: true },
    })),
  );
  return core;
}

describe('data channels', () => {
  test('back up now, list, restore and delete through the dispatcher', async () => {
    const core = coreWith(6);
    const made = await callOk(core, 'data.backupNow', {});
    expect(made).toMatchObject({ reason: 'manual', verified: true });
    core.db.exec('DELETE FROM answers');
    const report = await callOk(core, 'data.restoreBackup', { fileName: made.fileName });
    expect(report.counts.answers).toBe(6);
    // The daily backup may join in on a slow machine (its first check is 10 s after start); it is not under test here.
    const reasons = async () => (await callOk(core, 'data.listBackups', {})).map((b) => b.reason).filter((r) => r !== 'daily');
    expect((await reasons()).sort()).toEqual(['manual', 'pre-restore']);
    await callOk(core, 'data.deleteBackup', { fileName: made.fileName });
    expect(await reasons()).toEqual(['pre-restore']);
    expect((await callOk(core, 'data.status', {})).lastBackup?.reason).toMatch(/pre-restore|daily/);
    core.close();
  });

  test('names outside the backups and exports folders are refused', async () => {
    const core = coreWith(1);
    for (const fileName of ['../rehearse.sqlite', 'rehearse.sqlite', 'daily-v5-x.sqlite']) {
      const restore = await call(core, 'data.restoreBackup', { fileName });
      expect(restore.ok).toBe(false);
    }
    const read = await call(core, 'data.readExport', { fileName: '../rehearse.sqlite', offset: 0, length: 10 });
    expect(read).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    core.close();
  });

  test('the answers CSV has a header and one row per answer, with formulas neutralised', async () => {
    const core = coreWith(5);
    core.db.exec(`UPDATE questions SET text = '=HYPERLINK("x")' WHERE id = (SELECT min(id) FROM questions WHERE text LIKE 'Question%')`);
    const csv = await callOk(core, 'data.exportAnswersCsv', {});
    expect(csv.counts.answers).toBe(5);
    const lines = readFileSync(csv.path, 'utf8').split('\r\n');
    expect(lines[0]).toMatch(/^\ufeffAnswered at \(UTC\),Day,Session,Bank,Category,Question,Skipped,Confidence,/);
    expect(lines.filter((l) => l !== '')).toHaveLength(6);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[1]).toMatch(/,no,1,,,130\.0,120\.0,yes,no,yes,/);
    expect(lines[4]).toMatch(/,yes,,,,130\.0,120\.0,,/);
    core.close();
  });

  test('an export read in chunks is the file, byte for byte, and a standard tar tool can list it', async () => {
    const core = coreWith(12);
    const archive = await callOk(core, 'data.exportEverything', {});
    const parts: Buffer[] = [];
    for (let offset: number | null = 0; offset !== null;) {
      const chunk: { data: string; nextOffset: number | null } = await callOk(core, 'data.readExport', {
        fileName: archive.fileName,
        offset,
        length: Math.min(exportChunkBytes, 4096),
      });
      parts.push(Buffer.from(chunk.data, 'base64'));
      offset = chunk.nextOffset;
    }
    expect(Buffer.concat(parts).equals(readFileSync(archive.path))).toBe(true);
    const listing = execFileSync('tar', ['-tf', archive.path], { encoding: 'utf8' }).trim().split('\n');
    expect(listing[0]).toBe('README.txt');
    expect(listing).toContain('tables/answers.jsonl');
    expect(listing.at(-1)).toBe('manifest.json');
    core.close();
  });

  test('an import upload must arrive whole and in order', async () => {
    const core = coreWith(2);
    const { uploadId } = await callOk(core, 'data.beginImport', { bytes: 10 });
    expect(await call(core, 'data.appendImport', { uploadId, index: 1, data: 'AAAA' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await callOk(core, 'data.appendImport', { uploadId, index: 0, data: 'AAAA' });
    expect(await call(core, 'data.finishImport', { uploadId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await callOk(core, 'data.discardImport', { uploadId });
    expect(await call(core, 'data.finishImport', { uploadId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    core.close();
  });

  test('check database: healthy says so and writes nothing; drifted rollups are found and rebuilt', async () => {
    const core = coreWith(10);
    const healthy = await callOk(core, 'data.checkDatabase', {});
    expect(healthy).toMatchObject({ ok: true, integrity: ['ok'], foreignKeyProblems: [], rollupsMatch: true, repaired: [] });
    const dashboard = await callOk(core, 'progress.dashboard', { range: 'all' });
    core.db.exec('UPDATE progress_week SET rated = rated + 5');
    const drifted = await callOk(core, 'data.checkDatabase', {});
    expect(drifted.rollupsMatch).toBe(false);
    expect(drifted.repaired).toHaveLength(1);
    expect(await callOk(core, 'progress.dashboard', { range: 'all' })).toEqual(dashboard);
    core.close();
  });
});
