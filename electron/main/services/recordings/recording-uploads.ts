import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { maxRecordingBytes, recordingChunkBytes } from '../../../../shared/contract/sessions';
import { AppError } from '../../../../shared/contract/result';
import type { RecordingInfo } from '../../../../shared/domain/sessions';
import { finalFileName, partialFileName, publishFile, recordingsDir } from './recording-files';
import { recordingColumns, recordingFromRow, type RecordingRow } from './recording-rows';

interface Upload {
  sessionId: number;
  position: number;
  mimeType: string;
  fd: number;
  path: string;
  nextIndex: number;
  bytes: number;
  touchedAt: number;
}

/** Uploads left open (a window closed mid-upload) are dropped after this long without a chunk. */
const staleAfterMs = 30 * 60 * 1000;
const maxOpenUploads = 16;

/**
 * Recordings arrive in base64 chunks and are written crash-safely: bytes go to
 * `upload-<id>.partial`, which is fsynced, renamed to its final name (and the
 * rename made durable), and only then is the row inserted, in a transaction.
 * A crash at any point leaves either no row (and a file start-up deletes) or a
 * row naming a complete file; never a row pointing at a missing or partial one.
 */
export function recordingUploads(db: Database, dataDir: string, now: () => Date) {
  const dir = recordingsDir(dataDir);
  const uploads = new Map<string, Upload>();

  const positionExists = db.prepare<{ sessionId: number; position: number }, { n: number }>(
    'SELECT count(*) AS n FROM session_questions WHERE session_id = @sessionId AND position = @position',
  );
  const existing = db.prepare<{ sessionId: number; position: number }, { id: number; file_name: string }>(
    'SELECT id, file_name FROM recordings WHERE session_id = @sessionId AND position = @position',
  );
  const remove = db.prepare<{ id: number }>('DELETE FROM recordings WHERE id = @id');
  const insert = db.prepare<Omit<RecordingRow, 'id'>>(`
    INSERT INTO recordings (session_id, position, file_name, mime_type, byte_size, duration_ms, created_at)
    VALUES (@session_id, @position, @file_name, @mime_type, @byte_size, @duration_ms, @created_at)`);
  const byId = db.prepare<{ id: number }, RecordingRow>(`SELECT ${recordingColumns} FROM recordings r WHERE r.id = @id`);

  function close(id: string, upload: Upload, deleteFile: boolean): void {
    uploads.delete(id);
    try {
      closeSync(upload.fd);
    } finally {
      if (deleteFile) rmSync(upload.path, { force: true });
    }
  }

  function dropStale(): void {
    const cutoff = Date.now() - staleAfterMs;
    for (const [id, upload] of uploads) if (upload.touchedAt < cutoff) close(id, upload, true);
  }

  function get(id: string): Upload {
    const upload = uploads.get(id);
    if (!upload) throw new AppError('not_found', 'This recording upload is not open (it finished, was discarded, or Rehearse restarted).');
    upload.touchedAt = Date.now();
    return upload;
  }

  const link = db.transaction((upload: Upload, fileName: string, durationMs: number): { info: RecordingInfo; replaced: string | null } => {
    const old = existing.get({ sessionId: upload.sessionId, position: upload.position });
    if (old) remove.run({ id: old.id });
    const { lastInsertRowid } = insert.run({
      session_id: upload.sessionId,
      position: upload.position,
      file_name: fileName,
      mime_type: upload.mimeType,
      byte_size: upload.bytes,
      duration_ms: durationMs,
      created_at: now().toISOString(),
    });
    return { info: recordingFromRow(byId.get({ id: Number(lastInsertRowid) })!), replaced: old?.file_name ?? null };
  });

  return {
    begin(sessionId: number, position: number, mimeType: string): { uploadId: string; chunkBytes: number } {
      if (positionExists.get({ sessionId, position })!.n === 0)
        throw new AppError('not_found', 'That session has no question at this position.');
      dropStale();
      if (uploads.size >= maxOpenUploads) throw new AppError('conflict', 'Too many recordings are being saved at once; try again shortly.');
      mkdirSync(dir, { recursive: true });
      const uploadId = randomBytes(16).toString('hex');
      const path = join(dir, partialFileName(uploadId));
      const fd = openSync(path, 'wx');
      uploads.set(uploadId, { sessionId, position, mimeType, fd, path, nextIndex: 0, bytes: 0, touchedAt: Date.now() });
      return { uploadId, chunkBytes: recordingChunkBytes };
    },

    append(uploadId: string, index: number, base64: string): { receivedBytes: number } {
      const upload = get(uploadId);
      if (index !== upload.nextIndex) throw new AppError('conflict', `Expected chunk ${upload.nextIndex} of this recording, got ${index}.`);
      const bytes = Buffer.from(base64, 'base64');
      if (upload.bytes + bytes.length > maxRecordingBytes) {
        close(uploadId, upload, true);
        throw new AppError('invalid_input', 'This recording is too large to keep.');
      }
      let written = 0;
      while (written < bytes.length) written += writeSync(upload.fd, bytes, written, bytes.length - written);
      upload.nextIndex += 1;
      upload.bytes += bytes.length;
      return { receivedBytes: upload.bytes };
    },

    finish(uploadId: string, durationMs: number): RecordingInfo {
      const upload = get(uploadId);
      if (upload.bytes === 0) {
        close(uploadId, upload, true);
        throw new AppError('invalid_input', 'The recording is empty.');
      }
      fsyncSync(upload.fd);
      close(uploadId, upload, false);
      const fileName = finalFileName(upload.sessionId, upload.position, uploadId);
      const finalPath = join(dir, fileName);
      publishFile(upload.path, finalPath);
      let linked: { info: RecordingInfo; replaced: string | null };
      try {
        linked = link(upload, fileName, durationMs);
      } catch (error) {
        rmSync(finalPath, { force: true });
        throw error;
      }
      // After the commit: if this fails, start-up removes the unclaimed file.
      if (linked.replaced) rmSync(join(dir, linked.replaced), { force: true });
      return linked.info;
    },

    discard(uploadId: string): void {
      const upload = uploads.get(uploadId);
      if (upload) close(uploadId, upload, true);
    },

    read(recordingId: number, offset: number, length: number): { mimeType: string; totalBytes: number; data: string } {
      const row = byId.get({ id: recordingId });
      if (!row) throw new AppError('not_found', 'There is no such recording.');
      if (offset > row.byte_size) throw new AppError('invalid_input', 'Offset is past the end of the recording.');
      const buffer = Buffer.alloc(Math.min(length, row.byte_size - offset));
      let fd: number;
      try {
        fd = openSync(join(dir, row.file_name), 'r');
      } catch {
        throw new AppError('not_found', 'The recording file is missing from the data folder.');
      }
      try {
        let read = 0;
        while (read < buffer.length) {
          const n = readSync(fd, buffer, read, buffer.length - read, offset + read);
          if (n === 0) throw new AppError('storage_error', 'The recording file is shorter than expected.');
          read += n;
        }
      } finally {
        closeSync(fd);
      }
      return { mimeType: row.mime_type, totalBytes: row.byte_size, data: buffer.toString('base64') };
    },
  };
}
export type RecordingUploads = ReturnType<typeof recordingUploads>;
