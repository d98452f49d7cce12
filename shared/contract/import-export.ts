import { z } from 'zod';
import { columnFields } from '../domain/import-export/column-mapping';
import { exportFormats, importLimits } from '../domain/import-export/document';
import type { ExportedFile, ImportPreview, ImportResult } from '../domain/import-export/transfer';
import { channel } from './channel';

/**
 * A file chosen by the user, sent whole: its name (for the format and messages)
 * and its bytes as base64. Bytes rather than text, so the main process checks
 * the encoding itself (UTF-8, BOM, binary) and never trusts the renderer's decoding.
 */
const importFile = {
  fileName: z.string().min(1).max(260),
  // Base64 of at most 10 MB is about 13.4 M characters; a little more is let through so the service can say how big the file is.
  base64: z.string().max(Math.ceil((importLimits.maxFileBytes * 1.5) / 3) * 4),
  /** For CSV and Anki text: the field each column is read as, in column order; absent = the suggested mapping. */
  columns: z.array(z.enum(columnFields)).max(500).optional(),
};

export const importExportChannels = {
  /** Exports one bank (`bankId`) or every bank; the renderer saves the returned file. */
  'banks.export': channel(
    z.strictObject({
      bankId: z.number().int().positive().optional(),
      format: z.enum(exportFormats),
      includeArchived: z.boolean().default(true),
    }),
  ).returns<ExportedFile>(),
  /** Reads and validates a file without writing anything: counts, new banks and duplicates. */
  'banks.previewImport': channel(z.strictObject(importFile)).returns<ImportPreview>(),
  /**
   * Imports a file in one transaction: everything, or nothing when any row is invalid — unless
   * `skipRows` lists exactly the rows the preview showed as invalid (`row 14`…), which are then left out.
   * `notes: 'bring'` (with duplicates skipped) fills the empty note parts of questions already here from the file's.
   */
  'banks.import': channel(
    z.strictObject({
      ...importFile,
      duplicates: z.enum(['skip', 'keepBoth']),
      notes: z.enum(['bring', 'leave']).default('leave'),
      skipRows: z.array(z.string().max(40)).max(importLimits.maxQuestions).optional(),
    }),
  ).returns<ImportResult>(),
};
