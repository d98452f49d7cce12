import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../../shared/contract/result';
import { defaultUploadLimits, openUploads, type UploadLimits } from '../uploads/open-uploads';

/** Raw bytes per chunk of an uploaded archive (base64 over IPC or the bridge). */
export const importChunkBytes = 4 * 1024 * 1024;
const maxImportBytes = 64 * 1024 * 1024 * 1024;

/** Imports run one at a time; a few open uploads leave room for a second tab or a retry. */
export const importUploadLimits: UploadLimits = defaultUploadLimits(4);

/**
 * An archive chosen in the renderer arrives in numbered chunks and is written
 * to `<data folder>/.import-uploads/`, so an archive of any size can be
 * imported without holding it in memory. Leftovers of an interrupted upload
 * are removed when the service starts; abandoned ones while it runs (see
 * `openUploads`). `now` is epoch milliseconds.
 */
export function importUploads(dataDir: string, now: () => number, limits: UploadLimits = importUploadLimits) {
  const dir = join(dataDir, '.import-uploads');
  rmSync(dir, { recursive: true, force: true });
  const uploads = openUploads<{ expectedBytes: number }>({ noun: 'archives', dir, fileName: (id) => `${id}.tar`, limits, now });

  return {
    begin(bytes: number): { uploadId: string; chunkBytes: number } {
      if (bytes > maxImportBytes) throw new AppError('invalid_input', 'This file is too large to be a Rehearse export.');
      return { uploadId: uploads.begin({ expectedBytes: bytes }).uploadId, chunkBytes: importChunkBytes };
    },
    append(uploadId: string, index: number, base64: string): { receivedBytes: number } {
      const { expectedBytes } = uploads.peek(uploadId).meta;
      const upload = uploads.append(uploadId, index, Buffer.from(base64, 'base64'), (total) => {
        if (total > expectedBytes) throw new AppError('invalid_input', 'The file is larger than announced; the upload was cancelled.');
      });
      return { receivedBytes: upload.bytes };
    },
    /** Closes a complete upload and hands its file to `use`, removing it afterwards whatever happens. */
    async finish<T>(uploadId: string, use: (path: string) => Promise<T>): Promise<T> {
      const open = uploads.peek(uploadId);
      if (open.bytes !== open.meta.expectedBytes) {
        throw new AppError('conflict', `Only ${open.bytes} of ${open.meta.expectedBytes} bytes arrived.`);
      }
      const upload = uploads.complete(uploadId);
      try {
        return await use(upload.path);
      } finally {
        rmSync(upload.path, { force: true });
      }
    },
    discard(uploadId: string): void {
      uploads.discard(uploadId);
    },
    /** Drops abandoned uploads now (also done on every call); returns how many. */
    sweep: uploads.sweep,
    openCount: uploads.size,
  };
}
