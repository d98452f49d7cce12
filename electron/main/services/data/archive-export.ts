import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import type { ExportedArchive } from '../../../../shared/domain/data';
import { type JobReport, noReport } from '../../events/job-report';
import { timestampForFile } from '../../storage/file-names';
import { readUserVersion } from '../../storage/migrate';
import { writeVerifiedCopy } from '../../storage/verified-copy';
import { rollupTables } from '../progress/rollups';
import { recordingsDir } from '../recordings/recording-files';
import {
  type ArchiveManifest,
  archiveFormat,
  archiveFormatVersion,
  encodeValue,
  manifestEntry,
  readme,
  recordingEntry,
  type SqlValue,
  tableEntry,
  yieldToEventLoop,
} from './archive-format';
import { exportsDir, newExportName, pruneExports } from './exports';
import { dataTables, quoteName, type TableShape } from './tables';
import { TarWriter } from './tar';

export interface ExportDeps {
  db: Database;
  dataDir: string;
  now: () => Date;
}

const rowsPerTurn = 2000;

async function writeTableLines(snapshot: Database, table: TableShape, path: string, report: JobReport): Promise<number> {
  const file = await open(path, 'wx');
  try {
    const rows = snapshot
      .prepare(`SELECT ${table.columns.map(quoteName).join(', ')} FROM ${quoteName(table.name)}`)
      .raw()
      .iterate() as IterableIterator<SqlValue[]>;
    let count = 0;
    let batch: string[] = [];
    for (const row of rows) {
      batch.push(JSON.stringify(row.map(encodeValue)));
      if (++count % rowsPerTurn === 0) {
        await file.write(`${batch.join('\n')}\n`);
        batch = [];
        // The snapshot has its own connection, so the app keeps answering while this one iterates.
        await yieldToEventLoop();
        report.checkpoint();
      }
    }
    if (batch.length) await file.write(`${batch.join('\n')}\n`);
    await file.sync();
    return count;
  } finally {
    await file.close();
  }
}

interface HeldRecording {
  name: string;
  /** Where the bytes are read from: a hard link taken with the snapshot, or the live file. */
  path: string;
  /** The size the row records. */
  bytes: number;
  /** False when the link could not be made (a file system without hard links): read from the live file. */
  linked: boolean;
}

/**
 * Takes the recordings the snapshot names at the same moment as the
 * snapshot, by hard-linking each file into `dir` (same file system: the
 * exports folder is inside the data folder). A re-recording that replaces a
 * file afterwards removes only the live name; the link keeps the bytes the
 * snapshot's row describes. Returns the held files and how many rows name a
 * file that was already missing.
 */
function holdRecordings(snapshot: Database, dataDir: string, dir: string): { held: HeldRecording[]; missing: number } {
  mkdirSync(dir);
  const rows = snapshot
    .prepare<[], { file_name: string; byte_size: number }>('SELECT file_name, byte_size FROM recordings ORDER BY id')
    .all();
  const held: HeldRecording[] = [];
  let missing = 0;
  for (const { file_name: name, byte_size: bytes } of rows) {
    const live = join(recordingsDir(dataDir), name);
    const link = join(dir, name);
    try {
      linkSync(live, link);
      held.push({ name, path: link, bytes, linked: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') missing++;
      else held.push({ name, path: live, bytes, linked: false });
    }
  }
  return { held, missing };
}

const changedWhileExporting = (name: string) =>
  new AppError(
    'conflict',
    `The recording ${name} was replaced while the export ran, so the archive would not match. Nothing was exported; try again.`,
  );

/**
 * Writes everything — every table but the rollups, and every recording file
 * the database names — to `exports/rehearse-everything-<time>.tar`. Rows and
 * files are one moment: a VACUUM INTO snapshot and hard links to its
 * recordings are taken in one synchronous step, so no write (a re-recording
 * replacing a file) can fall between them; the snapshot is then read through
 * its own connection, so the app stays responsive while the archive is
 * written. Every file the snapshot names and that existed is in the archive,
 * checked by size, before success is reported; rows whose file was already
 * missing are exported and counted in `missingRecordings`. A failed export
 * leaves no temporary files behind.
 */
export async function exportEverything(deps: ExportDeps, report: JobReport = noReport): Promise<ExportedArchive> {
  const dir = exportsDir(deps.dataDir);
  const fileName = newExportName(deps.dataDir, 'everything', timestampForFile(deps.now()), 'tar');
  const work = mkdtempSync(join(dir, '.export-'));
  const partial = join(work, fileName);
  const snapshotPath = join(work, 'snapshot.sqlite');
  let snapshot: Database | undefined;
  let tar: TarWriter | undefined;
  let closed = false;
  try {
    writeVerifiedCopy(deps.db, snapshotPath); // the one copy writer: an archive never starts from an unchecked copy
    snapshot = new BetterSqlite3(snapshotPath, { readonly: true });
    const { held, missing } = holdRecordings(snapshot, deps.dataDir, join(work, 'recordings'));
    tar = await TarWriter.create(partial);
    const mtime = deps.now();
    await tar.addBytes('README.txt', Buffer.from(readme), mtime);
    const manifest: ArchiveManifest = {
      format: archiveFormat,
      formatVersion: archiveFormatVersion,
      schemaVersion: readUserVersion(snapshot),
      exportedAt: mtime.toISOString(),
      tables: [],
      recordings: [],
    };
    const counts: Record<string, number> = {};
    const tables = dataTables(snapshot).filter((t) => !(rollupTables as readonly string[]).includes(t.name));
    report.step('tables', tables.length);
    for (const [index, table] of tables.entries()) {
      report.checkpoint();
      const linesPath = join(work, `${table.name}.jsonl`);
      const rows = await writeTableLines(snapshot, table, linesPath, report);
      await tar.addFile(tableEntry(table.name), linesPath, mtime);
      rmSync(linesPath);
      manifest.tables.push({ name: table.name, columns: table.columns, rows });
      counts[table.name] = rows;
      report.advance(index + 1);
    }
    report.step('recordings', held.length);
    for (const [index, recording] of held.entries()) {
      report.checkpoint();
      report.advance(index);
      const hash = createHash('sha256');
      let bytes: number;
      try {
        bytes = await tar.addFile(recordingEntry(recording.name), recording.path, statSync(recording.path).mtime, (chunk) =>
          hash.update(chunk),
        );
      } catch (error) {
        if (!recording.linked) throw changedWhileExporting(recording.name);
        throw error;
      }
      // An unlinked file read live may have been replaced under the same name; the row's size tells.
      if (bytes !== recording.bytes && !recording.linked) throw changedWhileExporting(recording.name);
      manifest.recordings.push({ name: recording.name, bytes, sha256: hash.digest('hex') });
    }
    report.step('finishing');
    report.checkpoint();
    await tar.addBytes(manifestEntry, Buffer.from(JSON.stringify(manifest, null, 1)), mtime);
    const bytes = await tar.close();
    report.commit();
    closed = true;
    renameSync(partial, join(dir, fileName));
    pruneExports(deps.dataDir, 'everything');
    return { fileName, path: join(dir, fileName), bytes, counts, recordings: manifest.recordings.length, missingRecordings: missing };
  } finally {
    if (tar && !closed) await tar.abandon().catch(() => undefined);
    snapshot?.close();
    rmSync(work, { recursive: true, force: true });
  }
}
