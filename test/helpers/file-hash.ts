import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/** SHA-256 of a file's bytes (and its -wal/-shm siblings), to prove it was not touched. */
export function fileHash(file: string): string {
  const hash = createHash('sha256');
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    hash.update(path.slice(file.length));
    if (existsSync(path)) hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}
