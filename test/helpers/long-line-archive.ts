import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { indexTar, readEntry, TarWriter } from '../../electron/main/services/data/tar';
import { tableEntry } from '../../electron/main/services/data/archive-format';

/**
 * Rewrites a real "export everything" archive with one extra line of
 * `lineBytes` bytes (a JSON string of "a"s) at the end of `table`'s rows,
 * streaming to disk in 1 MB pieces so that building a 100 MB line does not
 * itself take 100 MB of memory. Returns the new archive's path (in `workDir`).
 */
export async function withLongLine(archive: string, table: string, lineBytes: number, workDir: string): Promise<string> {
  const scratch = mkdtempSync(join(workDir, 'long-line-'));
  const out = join(workDir, `long-line-${table}-${lineBytes}.tar`);
  const tar = await TarWriter.create(out);
  const mtime = new Date('2026-03-01T00:00:00Z');
  try {
    for (const entry of await indexTar(archive)) {
      const copy = join(scratch, 'entry');
      const file = await open(copy, 'w');
      for await (const chunk of readEntry(archive, entry)) await file.write(chunk);
      if (entry.name === tableEntry(table)) {
        const piece = Buffer.alloc(1024 * 1024, 0x61);
        await file.write('["');
        for (let left = lineBytes - 4; left > 0; left -= piece.length) await file.write(piece.subarray(0, Math.min(left, piece.length)));
        await file.write('"]\n');
      }
      await file.close();
      await tar.addFile(entry.name, copy, mtime);
      rmSync(copy);
    }
    await tar.close();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return out;
}
