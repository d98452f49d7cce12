import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../../shared/contract/result';

/** Raw bytes per chunk of an uploaded archive (base64 over IPC or the bridge). */
export const importChunkBytes = 4 * 1024 * 1024;
const maxImportBytes = 64 * 1024 * 1024 * 1024;

interface Upload {
  fd: number;
  path: string;
  expectedBytes: number;
  receivedBytes: number;
  nextIndex: number;
}

/**
 * An archive chosen in the renderer arrives in numbered chunks and is written
 * to `<data folder>/.import-uploads/`, so an archive of any size can be
 * imported without holding it in memory. Leftovers of an interrupted upload
 * are removed when the service starts.
 */
export function importUploads(dataDir: string) {
  const dir = join(dataDir, '.import-uploads');
  rmSync(dir, { recursive: true, force: true });
  const uploads = new Map<string, Upload>();

  function get(uploadId: string): Upload {
    const upload = uploads.get(uploadId);
    if (!upload) throw new AppError('not_found', 'This upload is not open (it finished, was cancelled, or Rehearse restarted).');
    return upload;
  }

  function close(uploadId: string, remove: boolean): void {
    const upload = uploads.get(uploadId);
    if (!upload) return;
    uploads.delete(uploadId);
    closeSync(upload.fd);
    if (remove) rmSync(upload.path, { force: true });
  }

  return {
    begin(bytes: number): { uploadId: string; chunkBytes: number } {
      if (bytes > maxImportBytes) throw new AppError('invalid_input', 'This file is too large to be a Rehearse export.');
      mkdirSync(dir, { recursive: true });
      const uploadId = randomBytes(16).toString('hex');
      const path = join(dir, `${uploadId}.tar`);
      uploads.set(uploadId, { fd: openSync(path, 'wx'), path, expectedBytes: bytes, receivedBytes: 0, nextIndex: 0 });
      return { uploadId, chunkBytes: importChunkBytes };
    },
    append(uploadId: string, index: number, base64: string): { receivedBytes: number } {
      const upload = get(uploadId);
      if (index !== upload.nextIndex) throw new AppError('conflict', `Expected chunk ${upload.nextIndex}, got ${index}.`);
      const data = Buffer.from(base64, 'base64');
      if (upload.receivedBytes + data.length > upload.expectedBytes) {
        close(uploadId, true);
        throw new AppError('invalid_input', 'The file is larger than announced; the upload was cancelled.');
      }
      writeSync(upload.fd, data, 0, data.length, upload.receivedBytes);
      upload.receivedBytes += data.length;
      upload.nextIndex++;
      return { receivedBytes: upload.receivedBytes };
    },
    /** Closes a complete upload and hands its file to `use`, removing it afterwards whatever happens. */
    async finish<T>(uploadId: string, use: (path: string) => Promise<T>): Promise<T> {
      const upload = get(uploadId);
      if (upload.receivedBytes !== upload.expectedBytes) {
        throw new AppError('conflict', `Only ${upload.receivedBytes} of ${upload.expectedBytes} bytes arrived.`);
      }
      fsyncSync(upload.fd);
      close(uploadId, false);
      try {
        return await use(upload.path);
      } finally {
        rmSync(upload.path, { force: true });
      }
    },
    discard(uploadId: string): void {
      close(uploadId, true);
    },
  };
}
