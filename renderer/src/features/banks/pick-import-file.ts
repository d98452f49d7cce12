import type { ErrorData } from '../../../../shared/contract/result';
import type { ColumnField } from '../../../../shared/domain/import-export/column-mapping';
import { importLimits } from '../../../../shared/domain/import-export/document';
import { pickFile } from '../../files/pick-file';

export interface ChosenFile {
  fileName: string;
  base64: string;
  /** The column mapping chosen in the preview (CSV, Anki text). */
  columns?: ColumnField[];
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Lets the user choose a file to import (native dialog in the app, file input
 * in browser mode) and returns its bytes as base64. The bytes go to the main
 * process unchanged, so it checks the encoding itself (UTF-8, byte order mark,
 * binary) rather than trusting a decoding done here. Null when cancelled.
 */
export async function pickImportFile(): Promise<{ ok: true; file: ChosenFile | null } | { ok: false; error: ErrorData }> {
  const picked = await pickFile({
    title: 'Import questions',
    extensions: ['json', 'csv', 'tsv', 'md', 'markdown', 'txt'],
    encoding: 'base64',
  });
  if (!picked.ok) return picked;
  if (!picked.value) return { ok: true, file: null };
  const { fileName, content } = picked.value;
  const bytes = Math.floor((content.length * 3) / 4);
  if (bytes > importLimits.maxFileBytes + 2) {
    const message = `“${fileName}” is ${megabytes(bytes)}; the largest file Rehearse can import is ${megabytes(importLimits.maxFileBytes)}.`;
    return { ok: false, error: { code: 'invalid_input', message, issues: [{ path: 'file', message }] } };
  }
  return { ok: true, file: { fileName, base64: content } };
}
