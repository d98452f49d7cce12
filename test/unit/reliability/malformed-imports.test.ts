import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Result } from '../../../shared/contract/result';
import type { AppCore } from '../../../electron/main/app-core';
import { seededRandom } from '../../fuzz/hostile-values';
import { dataDirFingerprint, tablesFingerprint } from '../../helpers/db-fingerprint';
import { call, openTestCore } from '../../helpers/test-core';
import { removeTempDirs } from '../../helpers/temp-dir';
import { exportedArchive, malformedArchives, rewrittenArchive } from './archive-corpus';
import { malformedQuestionFiles, validQuestionFiles } from './import-corpus';

// The big generated corpus of broken import files. Every one must be refused
// with invalid_input and a message that names the problem, and nothing may change.
const seed = Number(process.env.CORPUS_SEED ?? 20260301);
const questionFiles = malformedQuestionFiles(seededRandom(seed));

let core: AppCore & { dataDir: string };
beforeAll(() => {
  core = openTestCore();
});
afterAll(() => {
  core.close();
  removeTempDirs();
});

describe(`question-bank files (${questionFiles.length} generated, seed ${seed})`, () => {
  test('control: the valid files the corpus starts from are imported', async () => {
    const fresh = openTestCore();
    for (const valid of validQuestionFiles()) {
      const result = await call(fresh, 'banks.import', {
        fileName: valid.fileName,
        base64: valid.bytes.toString('base64'),
        duplicates: 'keepBoth',
      });
      expect(result.ok ? 'imported' : result.error.message, valid.fileName).toBe('imported');
    }
    fresh.close();
  });

  test('every malformed file is refused, saying what is wrong, and the data is unchanged', async () => {
    const before = dataDirFingerprint(core.dataDir, core.db);
    const wrong: string[] = [];
    for (const bad of questionFiles) {
      const result = await call(core, 'banks.import', {
        fileName: bad.fileName,
        base64: bad.bytes.toString('base64'),
        duplicates: 'keepBoth',
      });
      if (result.ok) wrong.push(`${bad.label}: was imported`);
      else if (result.error.code !== 'invalid_input') wrong.push(`${bad.label}: ${result.error.code}: ${result.error.message}`);
      else if (!bad.expect.test(result.error.message))
        wrong.push(`${bad.label}: message does not name the problem (${bad.expect}): ${result.error.message.slice(0, 300)}`);
    }
    expect(wrong).toEqual([]);
    expect(dataDirFingerprint(core.dataDir, core.db)).toBe(before);
  });
});

describe('"export everything" archives', () => {
  test('every malformed archive is refused, naming the problem; nothing changes and nothing is written outside the data folder', async () => {
    const source = openTestCore();
    const base = await exportedArchive(source);
    source.close();
    const archives = malformedArchives(base, seededRandom(seed));
    expect(archives.length).toBeGreaterThanOrEqual(100);
    expect(questionFiles.length + archives.length, 'the whole corpus').toBeGreaterThanOrEqual(500);
    // Control: the archive rebuilt by the corpus's own tar writer imports, so refusals come from the damage.
    const control = openTestCore();
    const rebuilt = await importArchive(control, rewrittenArchive(base));
    expect(rebuilt.ok ? 'imported' : rebuilt.error.message).toBe('imported');
    control.close();

    const before = tablesFingerprint(core.db);
    const recordingsBefore = listing(join(core.dataDir, 'recordings'));
    const outside = dirname(core.dataDir);
    const outsideBefore = listing(outside);
    const wrong: string[] = [];
    for (const bad of archives) {
      const result = await importArchive(core, bad.bytes);
      if (result.ok) wrong.push(`${bad.label}: was imported`);
      else if (!['invalid_input', 'conflict'].includes(result.error.code))
        wrong.push(`${bad.label}: ${result.error.code}: ${result.error.message}`);
      else if (!bad.expect.test(result.error.message))
        wrong.push(`${bad.label}: message does not name the problem (${bad.expect}): ${result.error.message.slice(0, 300)}`);
    }
    expect(wrong).toEqual([]);
    expect(tablesFingerprint(core.db)).toBe(before);
    expect(listing(join(core.dataDir, 'recordings'))).toEqual(recordingsBefore);
    expect(listing(outside).filter((name) => /evil/.test(name))).toEqual(outsideBefore.filter((name) => /evil/.test(name)));
  });
});

function listing(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** Uploads an archive in chunks and asks for it to be imported, as the settings page does. */
async function importArchive(target: AppCore, bytes: Buffer): Promise<Result<unknown>> {
  const begun = await call(target, 'data.beginImport', { bytes: Math.max(1, bytes.length) });
  if (!begun.ok) return begun;
  const { uploadId, chunkBytes } = begun.value;
  for (let offset = 0, index = 0; offset < bytes.length; offset += chunkBytes, index++) {
    const appended = await call(target, 'data.appendImport', {
      uploadId,
      index,
      data: bytes.subarray(offset, offset + chunkBytes).toString('base64'),
    });
    if (!appended.ok) return appended;
  }
  const finished = await call(target, 'data.finishImport', { uploadId });
  if (!finished.ok) await call(target, 'data.discardImport', { uploadId });
  return finished;
}
