import { readFileSync } from 'node:fs';
import type { AppCore } from '../../electron/main/app-core';
import { interview } from './inputs';
import { type Call, type Scenario, sql, value } from './scenario-types';

/** What the scenarios that replace or copy everything work on, made before the disk fills. */
export interface ReplaceFixtures {
  /** A backup taken before the bank "After backup" was made. */
  backupFileName: string;
  /** An export of everything taken after it (so importing it brings that bank back). */
  archivePath: string;
}

/** Whether the bank made after the backup is there: 0 once the backup was restored, 1 once the archive was imported. */
const afterBackup = (present: 0 | 1) => sql('replaced', "SELECT count(*) FROM banks WHERE name = 'After backup'", [], present);

/** Uploads the archive in the chunks the main process asks for, then imports it (as the Settings page does). */
async function importArchive(call: Call, path: string) {
  const bytes = readFileSync(path);
  const begun = await call('data.beginImport', { bytes: bytes.length });
  const upload = value<{ uploadId: string; chunkBytes: number }>(begun);
  if (!upload) return begun;
  for (let offset = 0, index = 0; offset < bytes.length; offset += upload.chunkBytes, index++) {
    const data = bytes.subarray(offset, offset + upload.chunkBytes).toString('base64');
    const sent = await call('data.appendImport', { uploadId: upload.uploadId, index, data });
    if (!sent.ok) return sent;
  }
  return call('data.finishImport', { uploadId: upload.uploadId });
}

/**
 * The channels that replace every row (restore, import) or copy them all (export): run in a data
 * folder of their own (full-disk.test.ts), since a replace undoes every other scenario's writes.
 */
export const replaceScenarios: Scenario<ReplaceFixtures>[] = [
  {
    channel: 'data.restoreBackup',
    async run(call, f) {
      const result = await call('data.restoreBackup', { fileName: f.backupFileName });
      return { result, check: afterBackup(0) };
    },
  },
  {
    channel: 'data.finishImport',
    async run(call, f) {
      return { result: await importArchive(call, f.archivePath), check: afterBackup(1) };
    },
  },
  {
    channel: 'data.exportEverything',
    async run(call) {
      const result = await call('data.exportEverything', {});
      const archive = value<{ fileName: string }>(result);
      return { result, check: archive ? { kind: 'file', key: archive.fileName, path: `exports/${archive.fileName}` } : null };
    },
  },
];

/** Makes the replace fixtures through the dispatcher: a database larger than the file size limit, a backup, then an export. */
export async function makeReplaceFixtures(core: AppCore): Promise<ReplaceFixtures> {
  const ok = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await core.dispatch(channel, input, { transport: 'test' });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  // A long job description each, so the database, its backups and its exports outgrow the file size limit.
  for (let i = 0; i < 60; i++)
    await ok('reflection.saveInterview', { ...interview(`Replace company ${i}`), jobDescription: 'Requirements. '.repeat(1400) });
  const backup = await ok<{ fileName: string }>('data.backupNow', {});
  await ok('banks.create', { name: 'After backup', description: '' });
  const archive = await ok<{ path: string }>('data.exportEverything', {});
  return { backupFileName: backup.fileName, archivePath: archive.path };
}
