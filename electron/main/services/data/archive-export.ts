import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { ExportedArchive } from '../../../../shared/domain/data';
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

async function writeTableLines(snapshot: Database, table: TableShape, path: string): Promise<number> {
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
      }
    }
    if (batch.length) await file.write(`${batch.join('\n')}\n`);
    await file.sync();
    return count;
  } finally {
    await file.close();
  }
}

/**
 * Writes everything — every table but the rollups, and every recording file
 * the database names — to `exports/rehearse-everything-<time>.tar`. It reads a
 * VACUUM INTO snapshot through its own connection, so the archive is one
 * consistent moment and the app stays responsive while it is written.
 */
export async function exportEverything(deps: ExportDeps): Promise<ExportedArchive> {
  const dir = exportsDir(deps.dataDir);
  const fileName = newExportName(deps.dataDir, 'everything', timestampForFile(deps.now()), 'tar');
  const work = mkdtempSync(join(dir, '.export-'));
  const partial = join(work, fileName);
  const snapshotPath = join(work, 'snapshot.sqlite');
  writeVerifiedCopy(deps.db, snapshotPath); // the one copy writer: an archive never starts from an unchecked copy
  const snapshot = new BetterSqlite3(snapshotPath, { readonly: true });
  const tar = await TarWriter.create(partial);
  let closed = false;
  try {
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
    for (const table of dataTables(snapshot).filter((t) => !(rollupTables as readonly string[]).includes(t.name))) {
      const linesPath = join(work, `${table.name}.jsonl`);
      const rows = await writeTableLines(snapshot, table, linesPath);
      await tar.addFile(tableEntry(table.name), linesPath, mtime);
      rmSync(linesPath);
      manifest.tables.push({ name: table.name, columns: table.columns, rows });
      counts[table.name] = rows;
    }
    const files = snapshot.prepare<[], { file_name: string }>('SELECT file_name FROM recordings ORDER BY id').all();
    for (const { file_name: name } of files) {
      const path = join(recordingsDir(deps.dataDir), name);
      if (!existsSync(path)) continue;
      const hash = createHash('sha256');
      const bytes = await tar.addFile(recordingEntry(name), path, statSync(path).mtime, (chunk) => hash.update(chunk));
      manifest.recordings.push({ name, bytes, sha256: hash.digest('hex') });
    }
    await tar.addBytes(manifestEntry, Buffer.from(JSON.stringify(manifest, null, 1)), mtime);
    const bytes = await tar.close();
    closed = true;
    renameSync(partial, join(dir, fileName));
    pruneExports(deps.dataDir, 'everything');
    return { fileName, path: join(dir, fileName), bytes, counts, recordings: manifest.recordings.length };
  } finally {
    if (!closed) await tar.abandon();
    snapshot.close();
    rmSync(work, { recursive: true, force: true });
  }
}
