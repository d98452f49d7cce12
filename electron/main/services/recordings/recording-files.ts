import { renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fsyncDirectory } from '../../storage/durable-files';

/** Recordings live in `<dataDir>/recordings/`, one WebM file per answer. */
export const recordingsFolderName = 'recordings';

export function recordingsDir(dataDir: string): string {
  return join(dataDir, recordingsFolderName);
}

const partialPattern = /^upload-[a-f0-9]{32}\.partial$/;
const finalPattern = /^rec-s\d+-p\d+-[a-f0-9]{32}\.webm$/;

/** An upload in progress. Such a file found at start-up is a leftover of a crash and is deleted. */
export function partialFileName(uploadId: string): string {
  return `upload-${uploadId}.partial`;
}

export function isPartialFileName(name: string): boolean {
  return partialPattern.test(name);
}

export function finalFileName(sessionId: number, position: number, uploadId: string): string {
  return `rec-s${sessionId}-p${position}-${uploadId}.webm`;
}

/** True for names this app gives finished recordings (and so may delete when no row claims them). */
export function isRecordingFileName(name: string): boolean {
  return finalPattern.test(name);
}

/**
 * Moves a fully written, already fsynced temporary file to its final name and
 * makes the rename durable. After this returns the final file is complete on
 * disk; before it, the final name does not exist at all.
 */
export function publishFile(tempPath: string, finalPath: string): void {
  renameSync(tempPath, finalPath);
  fsyncDirectory(dirname(finalPath));
}
