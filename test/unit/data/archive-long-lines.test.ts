import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AppCore } from '../../../electron/main/app-core';
import { importEverything } from '../../../electron/main/services/data/archive-import';
import { LineError, maxLineBytes, type SplitStats, splitLines } from '../../../electron/main/services/data/jsonl-lines';
import { dataDirFingerprint } from '../../helpers/db-fingerprint';
import { withLongLine } from '../../helpers/long-line-archive';
import { openTestCore } from '../../helpers/test-core';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { exportedArchive } from '../reliability/archive-corpus';

const MB = 1024 * 1024;

/** `totalBytes` of one line ("a"s) in 1 MB chunks, generated on the fly: nothing is held but the current chunk. */
async function* oneLongLine(totalBytes: number, chunkBytes = MB): AsyncGenerator<Buffer> {
  const chunk = Buffer.alloc(chunkBytes, 0x61);
  for (let sent = 0; sent < totalBytes; sent += chunkBytes) yield chunk.subarray(0, Math.min(chunkBytes, totalBytes - sent));
}

async function* chunksOf(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function collect(source: AsyncIterable<{ text: string; line: number }>) {
  const out: { text: string; line: number }[] = [];
  for await (const line of source) out.push(line);
  return out;
}

describe('splitting JSON Lines', () => {
  test('lines split across chunks of any size, multi-byte characters included, come back whole and numbered', async () => {
    const text = '["é","日本"]\r\n\n[2,"🎤"]\n[3]';
    for (const size of [1, 2, 3, 5, 64]) {
      expect(await collect(splitLines(chunksOf(text, size)))).toEqual([
        { text: '["é","日本"]\r', line: 1 },
        { text: '[2,"🎤"]', line: 3 },
        { text: '[3]', line: 4 },
      ]);
    }
  });

  test('lines of 12, 25, 50 and 100 MB are refused once the limit is passed: read and held bytes do not grow with the line', async () => {
    const seen: SplitStats[] = [];
    for (const size of [12, 25, 50, 100]) {
      const stats: SplitStats = { bytesRead: 0, peakPendingBytes: 0 };
      const refusal = await collect(splitLines(oneLongLine(size * MB), maxLineBytes, stats)).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(LineError);
      expect(refusal).toMatchObject({ line: 1, reason: 'too_long' });
      expect(stats.peakPendingBytes).toBeLessThanOrEqual(maxLineBytes);
      expect(stats.bytesRead).toBeLessThanOrEqual(maxLineBytes + MB);
      seen.push(stats);
    }
    // The same work whatever the line's length: linear in what is read, and what is read is capped.
    expect(new Set(seen.map((s) => s.bytesRead)).size).toBe(1);
  });

  test('a line that is not UTF-8 is refused with its number', async () => {
    async function* bytes() {
      yield Buffer.from('[1]\n["');
      yield Buffer.from([0xc3, 0x28]);
      yield Buffer.from('"]\n');
    }
    await expect(collect(splitLines(bytes()))).rejects.toMatchObject({ line: 2, reason: 'not_utf8' });
  });
});

describe('importing an archive with an over-long line', () => {
  let core: AppCore & { dataDir: string };
  let archive: string;
  let work: string;
  beforeAll(async () => {
    const source = openTestCore();
    work = makeTempDir();
    archive = join(work, 'export.tar');
    writeFileSync(archive, await exportedArchive(source));
    source.close();
    core = openTestCore();
  });
  afterAll(() => {
    core.close();
    removeTempDirs();
  });

  test('is refused naming the file, the table and the line, and writes nothing', async () => {
    const long = await withLongLine(archive, 'questions', 12 * MB, work);
    const before = dataDirFingerprint(core.dataDir, core.db);
    const listing = readdirSync(core.dataDir).sort();
    const refusal = await importEverything(core.deps, long).catch((error: unknown) => error as Error);
    expect(refusal).toMatchObject({ code: 'invalid_input' });
    expect((refusal as Error).message).toMatch(/line \d+ of tables\/questions\.jsonl \(the rows of "questions"\) is longer than 4 MB/);
    expect(dataDirFingerprint(core.dataDir, core.db)).toBe(before);
    expect(readdirSync(core.dataDir).sort()).toEqual(listing);
  });
});
