import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import type { ImportReport } from '../../../../shared/domain/data';
import { createSchemaAtVersion, latestVersion } from '../../storage/migrate';
import { rebuildRollups, rollupTables } from '../progress/rollups';
import { isRecordingFileName, publishFile, recordingsDir } from '../recordings/recording-files';
import {
  type ArchiveManifest,
  decodeValue,
  manifestEntry,
  manifestSchema,
  recordingEntry,
  tableEntry,
  yieldToEventLoop,
} from './archive-format';
import { type JobReport, noReport } from '../../events/job-report';
import { type BackupDeps, createBackup } from './backups';
import { checkDatabaseFile } from './check-database';
import { replaceWithRecordings } from './recordings-pool';
import { compactDatabase } from '../../storage/compact';
import { replaceContentsFrom } from './replace-contents';
import { migrateCopy, removeDatabaseFile } from './restore';
import { dataTables, progressTriggers, quoteName } from './tables';
import { LineError, type NumberedLine } from './jsonl-lines';
import { indexTar, readEntry, readLines, type TarEntry } from './tar';

const refuse = (message: string) => new AppError('invalid_input', `This archive cannot be imported: ${message}`);
const rowsPerTurn = 2000;

async function readManifest(archive: string, entries: Map<string, TarEntry>): Promise<ArchiveManifest> {
  const entry = entries.get(manifestEntry);
  if (!entry) throw refuse('it has no manifest.json — is it a Rehearse export?');
  if (entry.size > 64 * 1024 * 1024) throw refuse('its manifest is too large.');
  const chunks: Buffer[] = [];
  for await (const chunk of readEntry(archive, entry)) chunks.push(chunk);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw refuse('its manifest is not valid JSON.');
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw refuse(`its manifest is not one Rehearse wrote (${issue?.path.join('.') || 'format'}: ${issue?.message ?? 'invalid'}).`);
  }
  if (result.data.schemaVersion > latestVersion) {
    throw new AppError('conflict', 'This archive was exported by a newer version of Rehearse. Update Rehearse to import it.');
  }
  return result.data;
}

/** The table's lines; a line too long or not UTF-8 is refused naming the file, the table and the line. */
async function* linesOf(archive: string, entry: TarEntry, table: string): AsyncGenerator<NumberedLine> {
  try {
    yield* readLines(archive, entry);
  } catch (error) {
    if (!(error instanceof LineError)) throw error;
    const where = `line ${error.line} of ${entry.name} (the rows of "${table}")`;
    throw refuse(
      error.reason === 'too_long'
        ? `${where} is longer than ${error.limitBytes / (1024 * 1024)} MB, far more than any row Rehearse writes. The archive is damaged or was not written by Rehearse.`
        : `${where} is not valid UTF-8 text.`,
    );
  }
}

/** Builds the archive's database at its own schema version in `file`, row by row, checking shapes as it goes. */
async function buildDatabase(
  archive: string,
  entries: Map<string, TarEntry>,
  manifest: ArchiveManifest,
  file: string,
  report: JobReport,
): Promise<void> {
  const db = new BetterSqlite3(file);
  try {
    createSchemaAtVersion(db, manifest.schemaVersion);
    // Rollups are rebuilt in one pass at the end; foreign keys are checked whole once everything is in.
    for (const trigger of progressTriggers(db)) db.exec(`DROP TRIGGER ${quoteName(trigger.name)}`);
    const expected = dataTables(db).filter((t) => !(rollupTables as readonly string[]).includes(t.name));
    const listed = new Map(manifest.tables.map((t) => [t.name, t]));
    for (const table of expected) {
      const entry = listed.get(table.name);
      if (!entry) throw refuse(`the table "${table.name}" is missing.`);
      if (entry.columns.join(',') !== table.columns.join(','))
        throw refuse(`the table "${table.name}" does not have the expected columns.`);
    }
    for (const name of listed.keys()) {
      if (!expected.some((t) => t.name === name)) throw refuse(`it has a table "${name}" this version does not know.`);
    }
    report.step('checking', expected.length);
    for (const [index, table] of expected.entries()) {
      report.advance(index);
      const entry = entries.get(tableEntry(table.name));
      if (!entry) throw refuse(`the rows of "${table.name}" are missing.`);
      const columns = table.columns.map(quoteName).join(', ');
      const insert = db.prepare(`INSERT INTO ${quoteName(table.name)} (${columns}) VALUES (${table.columns.map(() => '?').join(', ')})`);
      let count = 0;
      let batch: unknown[][] = [];
      const flush = db.transaction((rows: unknown[][]) => rows.forEach((row) => insert.run(row)));
      for await (const { text } of linesOf(archive, entry, table.name)) {
        count++;
        let values: unknown;
        try {
          values = JSON.parse(text);
        } catch {
          throw refuse(`row ${count} of "${table.name}" is not valid JSON.`);
        }
        if (!Array.isArray(values) || values.length !== table.columns.length)
          throw refuse(`row ${count} of "${table.name}" has the wrong number of values.`);
        try {
          batch.push(values.map(decodeValue));
        } catch (error) {
          throw refuse(`row ${count} of "${table.name}" has ${(error as Error).message}.`);
        }
        if (batch.length === rowsPerTurn) {
          flush(batch);
          batch = [];
          await yieldToEventLoop();
          report.checkpoint();
        }
      }
      try {
        flush(batch);
      } catch (error) {
        throw refuse(`a row of "${table.name}" breaks a rule of the database (${(error as Error).message}).`);
      }
      if (count !== listed.get(table.name)?.rows)
        throw refuse(`"${table.name}" has ${count} rows, but the manifest says ${listed.get(table.name)?.rows}.`);
    }
  } finally {
    db.close();
  }
}

/**
 * Fills the rollups of the imported copy from its rows, once it is at this
 * version: the live definition (services/progress/rollups.ts) describes the
 * latest schema only, and an older archive's copy has its rollups empty (its
 * rows went in with the triggers set aside), whatever later migrations rebuild.
 */
function rebuildCopyRollups(file: string): void {
  const db = new BetterSqlite3(file);
  try {
    db.transaction(() => rebuildRollups(db))();
  } finally {
    db.close();
  }
}

/** Copies the archive's recordings into `dir`, checking each one's size and SHA-256 against the manifest. */
async function stageRecordings(
  archive: string,
  entries: Map<string, TarEntry>,
  manifest: ArchiveManifest,
  dir: string,
  report: JobReport,
): Promise<void> {
  mkdirSync(dir, { recursive: true });
  report.step('recordings', manifest.recordings.length);
  for (const [index, recording] of manifest.recordings.entries()) {
    report.checkpoint();
    report.advance(index);
    if (!isRecordingFileName(recording.name)) throw refuse(`"${recording.name}" is not a recording file name.`);
    const entry = entries.get(recordingEntry(recording.name));
    if (!entry || entry.size !== recording.bytes) throw refuse(`the recording ${recording.name} is missing or incomplete.`);
    const hash = createHash('sha256');
    const out = await open(join(dir, recording.name), 'wx');
    try {
      for await (const chunk of readEntry(archive, entry)) {
        hash.update(chunk);
        await out.write(chunk);
      }
      await out.sync();
    } finally {
      await out.close();
    }
    if (hash.digest('hex') !== recording.sha256) throw refuse(`the recording ${recording.name} is damaged (checksum differs).`);
  }
}

/**
 * Imports an "export everything" archive: validates it completely into a
 * scratch database and folder (migrated when it is from an older version),
 * checks that database, backs up the current data, moves the recordings in,
 * and replaces the live contents in one transaction.
 */
export async function importEverything(deps: BackupDeps, archive: string, report: JobReport = noReport): Promise<ImportReport> {
  const staging = join(deps.dataDir, `.import-${randomBytes(8).toString('hex')}`);
  mkdirSync(staging);
  const scratch = join(staging, 'import.sqlite');
  try {
    report.step('reading');
    let entries: Map<string, TarEntry>;
    try {
      entries = new Map((await indexTar(archive)).map((e) => [e.name, e]));
    } catch (error) {
      throw refuse(`${(error as Error).message}.`);
    }
    const manifest = await readManifest(archive, entries);
    await buildDatabase(archive, entries, manifest, scratch, report);
    report.checkpoint();
    report.step('migrating');
    migrateCopy(scratch, manifest.schemaVersion);
    rebuildCopyRollups(scratch);
    const check = checkDatabaseFile(scratch);
    if (!check.ok) throw refuse(`its data does not hold together (${check.summary}).`);
    await stageRecordings(archive, entries, manifest, join(staging, 'recordings'), report);
    report.checkpoint();

    // Past this point the live data changes: no more cancelling.
    report.commit();
    report.step('backing-up');
    const backup = createBackup(deps, 'pre-import');
    report.step('replacing');
    const live = recordingsDir(deps.dataDir);
    mkdirSync(live, { recursive: true });
    // Files first: a recording without a row is harmless, a row without its file is not.
    for (const { name } of manifest.recordings) {
      if (!existsSync(join(live, name))) publishFile(join(staging, 'recordings', name), join(live, name));
    }
    // Rows and files are settled together; a kill in between is finished at the next start.
    const counts = replaceWithRecordings(deps.db, deps.dataDir, () => replaceContentsFrom(deps.db, scratch));
    // Same turn as the commit: pages loaded before may hold ids that now name other records.
    deps.generation?.replaced('import');
    // Rows the archive brought without their file are kept (start-up tells the user too); count them for the report.
    const missingRecordings = deps.db
      .prepare<[], { file_name: string }>('SELECT file_name FROM recordings')
      .all()
      .filter((row) => !existsSync(join(live, row.file_name))).length;
    // The rows deleted by the replace left their pages free: give them back (as after a restore).
    compactDatabase(deps.db);
    return { backup, counts, recordings: manifest.recordings.length, fromSchemaVersion: manifest.schemaVersion, missingRecordings };
  } finally {
    removeDatabaseFile(scratch);
    rmSync(staging, { recursive: true, force: true });
  }
}
