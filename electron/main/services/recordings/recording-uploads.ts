import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { maxRecordingBytes, recordingChunkBytes } from '../../../../shared/contract/sessions';
import { AppError } from '../../../../shared/contract/result';
import type { RecordingInfo } from '../../../../shared/domain/sessions';
import { defaultUploadLimits, openUploads, type UploadLimits } from '../uploads/open-uploads';
import { finalFileName, partialFileName, publishFile, recordingsDir } from './recording-files';
import { recordingFromRow, type RecordingRow, recordingSelect } from './recording-rows';
import type { DeliveryColumns } from '../delivery/delivery-rows';

interface UploadMeta {
  sessionId: number;
  position: number;
  mimeType: string;
}

/** Up to 16 answers may be uploading at once (several tabs finishing together); see `openUploads`. */
export const recordingUploadLimits: UploadLimits = defaultUploadLimits(16);

/**
 * Recordings arrive in base64 chunks and are written crash-safely: bytes go to
 * `upload-<id>.partial`, which is fsynced, renamed to its final name (and the
 * rename made durable), and only then is the row inserted, in a transaction.
 * A crash at any point leaves either no row (and a file start-up deletes) or a
 * row naming a complete file; never a row pointing at a missing or partial one.
 * Open uploads are bounded in number and expire when abandoned (`openUploads`).
 */
export function recordingUploads(db: Database, dataDir: string, now: () => Date, limits: UploadLimits = recordingUploadLimits) {
  const dir = recordingsDir(dataDir);
  const uploads = openUploads<UploadMeta>({ noun: 'recordings', dir, fileName: partialFileName, limits, now: () => now().getTime() });

  const positionExists = db.prepare<{ sessionId: number; position: number }, { n: number }>(
    'SELECT count(*) AS n FROM session_questions WHERE session_id = @sessionId AND position = @position',
  );
  const existing = db.prepare<{ sessionId: number; position: number }, { id: number; file_name: string }>(
    'SELECT id, file_name FROM recordings WHERE session_id = @sessionId AND position = @position',
  );
  const remove = db.prepare<{ id: number }>('DELETE FROM recordings WHERE id = @id');
  const insert = db.prepare<Omit<RecordingRow, 'id' | keyof DeliveryColumns>>(`
    INSERT INTO recordings (session_id, position, file_name, mime_type, byte_size, duration_ms, created_at)
    VALUES (@session_id, @position, @file_name, @mime_type, @byte_size, @duration_ms, @created_at)`);
  const byId = db.prepare<{ id: number }, RecordingRow>(`${recordingSelect} WHERE r.id = @id`);

  const link = db.transaction(
    (upload: UploadMeta & { bytes: number }, fileName: string, durationMs: number): { info: RecordingInfo; replaced: string | null } => {
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
    },
  );

  return {
    begin(sessionId: number, position: number, mimeType: string): { uploadId: string; chunkBytes: number } {
      if (positionExists.get({ sessionId, position })!.n === 0)
        throw new AppError('not_found', 'That session has no question at this position.');
      return { uploadId: uploads.begin({ sessionId, position, mimeType }).uploadId, chunkBytes: recordingChunkBytes };
    },

    append(uploadId: string, index: number, base64: string): { receivedBytes: number } {
      const upload = uploads.append(uploadId, index, Buffer.from(base64, 'base64'), (total) => {
        if (total > maxRecordingBytes) throw new AppError('invalid_input', 'This recording is too large to keep.');
      });
      return { receivedBytes: upload.bytes };
    },

    finish(uploadId: string, durationMs: number): RecordingInfo {
      if (uploads.peek(uploadId).bytes === 0) {
        uploads.discard(uploadId);
        throw new AppError('invalid_input', 'The recording is empty.');
      }
      const upload = uploads.complete(uploadId);
      const fileName = finalFileName(upload.meta.sessionId, upload.meta.position, uploadId);
      const finalPath = join(dir, fileName);
      publishFile(upload.path, finalPath);
      let linked: { info: RecordingInfo; replaced: string | null };
      try {
        linked = link({ ...upload.meta, bytes: upload.bytes }, fileName, durationMs);
      } catch (error) {
        rmSync(finalPath, { force: true });
        throw error;
      }
      // After the commit: if this fails, start-up removes the unclaimed file.
      if (linked.replaced) rmSync(join(dir, linked.replaced), { force: true });
      return linked.info;
    },

    discard(uploadId: string): void {
      uploads.discard(uploadId);
    },

    /** Drops abandoned uploads now (also done on every call); returns how many. */
    sweep: uploads.sweep,
    openCount: uploads.size,

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
