import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../../shared/contract/result';

/** How many uploads of one kind may be open, and when an untouched one counts as abandoned. */
export interface UploadLimits {
  /** Most uploads of this kind open at once. */
  maxOpen: number;
  /** An upload with no chunk for this long is abandoned: dropped and its file removed. */
  abandonAfterMs: number;
  /** When full, the stalest upload is dropped to make room if it has been idle this long. */
  makeRoomAfterMs: number;
}

/**
 * Chunks of a recording or an archive arrive back to back (milliseconds
 * apart on one machine), so ten minutes without one means the window closed
 * or the client gave up; a minute is long enough to yield a slot to a new one.
 */
export const defaultUploadLimits = (maxOpen: number): UploadLimits => ({
  maxOpen,
  abandonAfterMs: 10 * 60 * 1000,
  makeRoomAfterMs: 60 * 1000,
});

interface Entry<T> {
  meta: T;
  path: string;
  bytes: number;
  nextIndex: number;
  touchedAt: number;
}

/** An open upload as callers see it: what they attached at `begin`, and what has arrived. */
export interface UploadState<T> {
  uploadId: string;
  meta: T;
  path: string;
  bytes: number;
}

/**
 * The open uploads of one kind (recordings, archives), written chunk by chunk
 * to `<dir>/<prefix><id><suffix>`. Bounded: at most `maxOpen` at once, each
 * dropped with its file after `abandonAfterMs` without a chunk, and no file
 * descriptor is held between chunks (each write opens and closes the file),
 * so abandoned uploads cannot exhaust descriptors. Time comes from `now`
 * (epoch milliseconds) so tests step the clock instead of sleeping.
 */
export function openUploads<T>(options: {
  /** What the user is uploading, for messages: "recordings", "archives". */
  noun: string;
  dir: string;
  fileName: (uploadId: string) => string;
  limits: UploadLimits;
  now: () => number;
}) {
  const uploads = new Map<string, Entry<T>>();

  function drop(uploadId: string, removeFile: boolean): void {
    const entry = uploads.get(uploadId);
    if (!entry) return;
    uploads.delete(uploadId);
    if (removeFile) rmSync(entry.path, { force: true });
  }

  /** Drops every abandoned upload with its file; returns how many. */
  function sweep(): number {
    const cutoff = options.now() - options.limits.abandonAfterMs;
    let dropped = 0;
    for (const [uploadId, entry] of uploads) {
      if (entry.touchedAt <= cutoff) {
        drop(uploadId, true);
        dropped++;
      }
    }
    return dropped;
  }

  function makeRoom(): void {
    sweep();
    if (uploads.size < options.limits.maxOpen) return;
    let stalest: [string, Entry<T>] | undefined;
    for (const pair of uploads) if (!stalest || pair[1].touchedAt < stalest[1].touchedAt) stalest = pair;
    if (stalest && options.now() - stalest[1].touchedAt >= options.limits.makeRoomAfterMs) return drop(stalest[0], true);
    throw new AppError(
      'conflict',
      `Too many ${options.noun} are being uploaded at once (${options.limits.maxOpen}). Wait for one to finish, or try again in a minute.`,
    );
  }

  function get(uploadId: string): Entry<T> {
    sweep();
    const entry = uploads.get(uploadId);
    if (!entry)
      throw new AppError(
        'not_found',
        `This upload is not open (it finished, was cancelled, was left idle too long, or Rehearse restarted).`,
      );
    entry.touchedAt = options.now();
    return entry;
  }

  const state = (uploadId: string, entry: Entry<T>): UploadState<T> => ({
    uploadId,
    meta: entry.meta,
    path: entry.path,
    bytes: entry.bytes,
  });

  return {
    /** Opens a new, empty upload file; refuses with `conflict` when `maxOpen` are open and none is stale. */
    begin(meta: T): UploadState<T> {
      makeRoom();
      mkdirSync(options.dir, { recursive: true });
      const uploadId = randomBytes(16).toString('hex');
      const path = join(options.dir, options.fileName(uploadId));
      closeSync(openSync(path, 'wx'));
      const entry: Entry<T> = { meta, path, bytes: 0, nextIndex: 0, touchedAt: options.now() };
      uploads.set(uploadId, entry);
      return state(uploadId, entry);
    },

    /**
     * Appends chunk `index` (chunks must come in order from 0). `check` sees
     * the total after this chunk and may throw to refuse it; the upload is
     * then dropped with its file.
     */
    append(uploadId: string, index: number, data: Buffer, check?: (totalBytes: number) => void): UploadState<T> {
      const entry = get(uploadId);
      if (index !== entry.nextIndex) throw new AppError('conflict', `Expected chunk ${entry.nextIndex} of this upload, got ${index}.`);
      try {
        check?.(entry.bytes + data.length);
      } catch (error) {
        drop(uploadId, true);
        throw error;
      }
      const fd = openSync(entry.path, 'r+');
      try {
        let written = 0;
        while (written < data.length) written += writeSync(fd, data, written, data.length - written, entry.bytes + written);
      } finally {
        closeSync(fd);
      }
      entry.bytes += data.length;
      entry.nextIndex++;
      return state(uploadId, entry);
    },

    /** The upload as it stands (touching it), for a caller that checks it before `complete`. */
    peek(uploadId: string): UploadState<T> {
      return state(uploadId, get(uploadId));
    },

    /** Makes the file durable and closes the upload; the file is now the caller's to move or remove. */
    complete(uploadId: string): UploadState<T> {
      const entry = get(uploadId);
      const fd = openSync(entry.path, 'r+');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      drop(uploadId, false);
      return state(uploadId, entry);
    },

    /** Closes the upload and removes its file; unknown ids are ignored. */
    discard(uploadId: string): void {
      drop(uploadId, true);
    },

    sweep,
    /** Uploads open right now. */
    size: () => uploads.size,
  };
}
export type OpenUploads<T> = ReturnType<typeof openUploads<T>>;
