import { rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { importEverything } from '../../../electron/main/services/data/archive-import';
import { withLongLine } from '../../helpers/long-line-archive';
import { openTestCore } from '../../helpers/test-core';
import { makeTempDir } from '../../helpers/temp-dir';
import { exportedArchive } from '../../unit/reliability/archive-corpus';
import { type BenchRow, measure, row } from '../measure';

const MB = 1024 * 1024;

/** Reads a whole file in 1 MB pieces: the least any reader of the archive must do. */
async function readThrough(path: string): Promise<void> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(MB);
    while ((await file.read(buffer, 0, MB)).bytesRead > 0);
  } finally {
    await file.close();
  }
}

/**
 * Importing an archive whose table holds one line of 12, 25, 50 or 100 MB
 * (issue 16: once 60 s and 1.1 GB for 100 MB, growing with the square of the
 * line). The import must refuse it; the row's time should not grow with the
 * line (it stops at the 4 MB cap), nor should the peak memory, and the event
 * loop keeps turning. Baseline: reading the whole archive once.
 */
export async function archiveImportBench(): Promise<BenchRow[]> {
  const work = makeTempDir('rehearse-bench-archive-');
  const source = openTestCore();
  const archive = join(work, 'export.tar');
  writeFileSync(archive, await exportedArchive(source));
  source.close();
  const core = openTestCore();
  const rows: BenchRow[] = [];
  try {
    for (const size of [12, 25, 50, 100]) {
      const long = await withLongLine(archive, 'questions', size * MB, work);
      const rssBefore = process.resourceUsage().maxRSS;
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const refuse = async () => {
        const outcome = await importEverything(core.deps, long).then(
          () => 'imported',
          (error: Error) => error.message,
        );
        if (!outcome.includes('is longer than')) throw new Error(`the ${size} MB line was not refused as too long: ${outcome}`);
      };
      const timing = await measure(refuse, { iterations: 5, warmup: 1 });
      loop.disable();
      const peakGrowthMb = Math.round((process.resourceUsage().maxRSS - rssBefore) / 1024);
      const stallMs = Math.round(loop.max / 1e6);
      const baseline = await measure(() => readThrough(long), { iterations: 5, warmup: 1 });
      rows.push(
        row(
          `archive import refuses a ${size} MB line (peak RSS +${peakGrowthMb} MB, longest loop stall ${stallMs} ms)`,
          size,
          timing,
          baseline,
          'reading the whole archive once',
        ),
      );
      rmSync(long);
    }
  } finally {
    core.close();
  }
  return rows;
}
