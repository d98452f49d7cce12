import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { fsyncFile, fsyncDirectory } from '../storage/durable-files';
import { basename, dirname, join } from 'node:path';
import { timestampForFile } from '../storage/file-names';

/** SQLite keeps a database's recent writes in these files beside it; they travel with the main file. */
const companions = ['-wal', '-shm', '-journal'];

/**
 * Moves a damaged database (and its -wal/-shm/-journal) aside as
 * `rehearse.corrupt-<timestamp>.sqlite[-wal…]` in the same folder, never
 * overwriting anything, and returns the new path of the main file. Nothing
 * is deleted: the user (or a specialist) may still get data out of it.
 */
export function setAsideDamaged(file: string, now: Date): string {
  const dir = dirname(file);
  const stem = basename(file).replace(/\.sqlite$/, '');
  let kept = join(dir, `${stem}.corrupt-${timestampForFile(now)}.sqlite`);
  for (let n = 2; [kept, ...companions.map((c) => kept + c)].some(existsSync); n++) {
    kept = join(dir, `${stem}.corrupt-${timestampForFile(now)}-${n}.sqlite`);
  }
  // Companions first: a main file without its WAL could look like a valid, older database.
  for (const suffix of companions) if (existsSync(file + suffix)) renameSync(file + suffix, kept + suffix);
  if (existsSync(file)) renameSync(file, kept);
  fsyncDirectory(dir);
  return kept;
}

/**
 * Copies a verified backup to `file` through a temporary name, flushed
 * before the rename, so a crash leaves either no database or the whole copy.
 */
export function placeCopy(source: string, file: string): void {
  const partial = `${file}.restoring`;
  copyFileSync(source, partial);
  fsyncFile(partial, 'r+');
  renameSync(partial, file);
  fsyncDirectory(dirname(file));
}
