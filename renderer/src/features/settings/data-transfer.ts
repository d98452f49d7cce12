import type { RendererApi } from '../../../../shared/contract/api-types';
import { exportChunkBytes } from '../../../../shared/contract/data';
import type { Result } from '../../../../shared/contract/result';
import type { ImportReport } from '../../../../shared/domain/data';
import { base64ToBytes, bytesToBase64 } from '../../lib/base64';

type DataApi = RendererApi['data'];

/** Fetches an export from the main process in chunks and offers it as a download (a save dialog in the desktop app). */
export async function downloadExport(api: Pick<DataApi, 'readExport'>, fileName: string, mimeType: string): Promise<Result<null>> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let offset: number | null = 0; offset !== null;) {
    const read = await api.readExport({ fileName, offset, length: exportChunkBytes });
    if (!read.ok) return read;
    parts.push(base64ToBytes(read.value.data));
    offset = read.value.nextOffset;
  }
  const url = URL.createObjectURL(new Blob(parts, { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click was handled; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return { ok: true, value: null };
}

/**
 * Sends a chosen archive to the main process in chunks, then asks it to
 * import; `onProgress` gets the bytes sent so far. Aborting `signal` during
 * the upload discards it (nothing has changed yet); once the upload is whole
 * the main process's import job takes over, with its own cancel.
 */
export async function importArchive(
  api: Pick<DataApi, 'beginImport' | 'appendImport' | 'finishImport' | 'discardImport'>,
  file: Blob,
  onProgress: (sentBytes: number) => void,
  signal?: AbortSignal,
): Promise<Result<ImportReport>> {
  const begun = await api.beginImport({ bytes: file.size });
  if (!begun.ok) return begun;
  const { uploadId, chunkBytes } = begun.value;
  for (let offset = 0, index = 0; offset < file.size; offset += chunkBytes, index++) {
    if (signal?.aborted) {
      void api.discardImport({ uploadId });
      return { ok: false, error: { code: 'cancelled', message: 'Stopped at your request. Nothing was changed.' } };
    }
    const bytes = new Uint8Array(await file.slice(offset, offset + chunkBytes).arrayBuffer());
    const sent = await api.appendImport({ uploadId, index, data: bytesToBase64(bytes) });
    if (!sent.ok) {
      void api.discardImport({ uploadId });
      return sent;
    }
    onProgress(offset + bytes.length);
  }
  return api.finishImport({ uploadId });
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
