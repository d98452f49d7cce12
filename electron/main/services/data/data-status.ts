import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DataStatus } from '../../../../shared/domain/data';
import { isRecordingFileName, recordingsDir } from '../recordings/recording-files';
import { listBackups } from './backups';

const sizeOf = (path: string) => statSync(path, { throwIfNoEntry: false })?.size ?? 0;

/** The database's size on disk: the file and its write-ahead log. */
export const databaseBytes = (file: string) => sizeOf(file) + sizeOf(`${file}-wal`);

export function dataStatus(dataDir: string, databaseFile: string): DataStatus {
  const dir = recordingsDir(dataDir);
  const recordings = existsSync(dir) ? readdirSync(dir).filter(isRecordingFileName) : [];
  return {
    dataDir,
    databaseBytes: databaseBytes(databaseFile),
    recordings: recordings.length,
    recordingBytes: recordings.reduce((sum, name) => sum + sizeOf(join(dir, name)), 0),
    lastBackup: listBackups(dataDir)[0] ?? null,
  };
}
