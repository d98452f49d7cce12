import { z } from 'zod';
import type { BackupInfo, DatabaseCheck, DataStatus, ExportedArchive, ImportReport, RestoreReport } from '../domain/data';
import { channel } from './channel';
import { noInput } from './empty';

const fileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\w.-]+$/, 'Not a file name');
const uploadId = z.string().regex(/^[a-f0-9]{32}$/, 'Not an upload id');
/** Raw bytes per download chunk (base64 on the wire). */
export const exportChunkBytes = 4 * 1024 * 1024;
const importChunkBase64Max = Math.ceil((4 * 1024 * 1024) / 3) * 4;

export const dataChannels = {
  /** Where the data is, how big, and the newest backup. */
  'data.status': channel(noInput).returns<DataStatus>(),
  /** Every backup, newest first, each verified. */
  'data.listBackups': channel(noInput).returns<BackupInfo[]>(),
  'data.backupNow': channel(noInput).returns<BackupInfo>(),
  /** Replaces all data with a backup's; the current data is backed up first. */
  'data.restoreBackup': channel(z.strictObject({ fileName })).returns<RestoreReport>(),
  'data.deleteBackup': channel(z.strictObject({ fileName })).returns<null>(),
  /** quick_check, foreign_key_check and the progress summaries, in plain words. */
  'data.checkDatabase': channel(noInput).returns<DatabaseCheck>(),
  /** Writes everything (tables and recordings) to one archive in the exports folder. */
  'data.exportEverything': channel(noInput).returns<ExportedArchive>(),
  /** Writes every answer to a CSV file in the exports folder. */
  'data.exportAnswersCsv': channel(noInput).returns<ExportedArchive>(),
  /** Reads part of an export as base64, for the renderer to offer it as a download. */
  'data.readExport': channel(
    z.strictObject({
      fileName,
      offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      length: z.number().int().min(1).max(exportChunkBytes),
    }),
  ).returns<{ data: string; totalBytes: number; nextOffset: number | null }>(),
  /** Opens the upload of an archive to import, of `bytes` bytes. */
  'data.beginImport': channel(z.strictObject({ bytes: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER) })).returns<{
    uploadId: string;
    chunkBytes: number;
  }>(),
  /** Appends chunk `index` (0, 1, 2… in order). */
  'data.appendImport': channel(
    z.strictObject({ uploadId, index: z.number().int().min(0).max(10_000_000), data: z.base64().min(1).max(importChunkBase64Max) }),
  ).returns<{ receivedBytes: number }>(),
  /** Validates the uploaded archive, backs up, and replaces all data with it. */
  'data.finishImport': channel(z.strictObject({ uploadId })).returns<ImportReport>(),
  'data.discardImport': channel(z.strictObject({ uploadId })).returns<null>(),
  /** Asks a running job (see the `job.progress` event) to stop; `cancelling` is false when it is over or past the point of no return. */
  'data.cancelJob': channel(z.strictObject({ jobId: z.string().regex(/^[a-f0-9]{16}$/, 'Not a job id') })).returns<{
    cancelling: boolean;
  }>(),
};
