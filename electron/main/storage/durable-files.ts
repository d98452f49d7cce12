import { closeSync, fsyncSync, openSync } from 'node:fs';

/**
 * Flushes a file's bytes to disk (fsync(2)). `flags` is how it is opened: 'r' is enough on POSIX;
 * Windows needs write access ('r+') for FlushFileBuffers, so pass 'r+' for files the app wrote.
 * Throws the file system's error (ENOENT, EACCES…).
 */
export function fsyncFile(path: string, flags: 'r' | 'r+' = 'r'): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Flushes a directory entry change (a create or rename) to disk. POSIX needs this for the rename
 * itself to survive a power cut (rename(2) is atomic, not durable); Windows cannot open a directory
 * this way and makes renames durable on its own (NTFS journals metadata), so there it does nothing.
 */
export function fsyncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  fsyncFile(dir);
}
