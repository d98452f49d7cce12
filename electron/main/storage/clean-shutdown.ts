import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fsyncFile } from './durable-files';
import { join } from 'node:path';

/*
 * Start-up skips SQLite's full quick_check (about 250 ms at a million answers)
 * only when it can tell the database was closed cleanly and not touched since:
 * closing writes this marker with the file's size and modification time, and
 * opening removes it before anything is written. A kill, a crash, a power
 * cut, a file copied in by hand, an older app that never wrote a marker, or a
 * full check more than `fullCheckEveryMs` ago: the full check runs at open,
 * and a damaged file is refused as before. Otherwise the full check runs in
 * the background once the first screen is up (AppCore.checkInBackground).
 */

export const cleanShutdownFileName = '.rehearse-closed-cleanly';

/** A week: the longest a database goes without a full check at open, even if every close was clean. */
export const fullCheckEveryMs = 7 * 24 * 60 * 60 * 1000;

export interface CleanShutdown {
  /** The database file's size and modification time right after it was closed. */
  bytes: number;
  mtimeMs: number;
  /** When the last full check (at open or in the background) passed, ISO-8601. */
  fullCheckAt: string;
}

const markerPath = (dataDir: string) => join(dataDir, cleanShutdownFileName);

function isCleanShutdown(value: unknown): value is CleanShutdown {
  const v = value as Partial<CleanShutdown> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Number.isFinite(v.bytes) &&
    Number.isFinite(v.mtimeMs) &&
    typeof v.fullCheckAt === 'string' &&
    Number.isFinite(Date.parse(v.fullCheckAt))
  );
}

/**
 * Reads and removes the marker (so that from here on, until a clean close, the
 * folder says "not closed cleanly"). Returns it, or null when it is missing or
 * not one this app wrote. The removal is not flushed: a marker that survives a
 * crash still does not match the file, whose size, modification time or
 * write-ahead log the crash has changed.
 */
export function takeCleanShutdown(dataDir: string): CleanShutdown | null {
  const path = markerPath(dataDir);
  if (!existsSync(path)) return null;
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // Unreadable: treated as no marker, so the full check runs.
  }
  rmSync(path, { force: true });
  return isCleanShutdown(parsed) ? parsed : null;
}

/**
 * Why the full check must run at open, or null when it may wait for the
 * background: no marker, the file changed since the clean close, a journal or
 * write-ahead log is beside it (only an interrupted session leaves one), or the
 * last full check is older than `fullCheckEveryMs`.
 */
export function fullCheckReason(file: string, marker: CleanShutdown | null, now: Date): string | null {
  if (!marker) return 'not closed cleanly';
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat || stat.size !== marker.bytes || stat.mtimeMs !== marker.mtimeMs) return 'changed since it was closed';
  if (existsSync(`${file}-wal`) || existsSync(`${file}-journal`)) return 'closed with unsaved log';
  if (now.getTime() - Date.parse(marker.fullCheckAt) > fullCheckEveryMs) return 'weekly check';
  return null;
}

/**
 * Call after the database was closed: records its size and modification time
 * and when its last full check passed. Written whole (temporary name, fsync,
 * rename), so a half-written marker never exists.
 */
export function recordCleanShutdown(dataDir: string, file: string, fullCheckAt: Date): void {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return;
  const marker: CleanShutdown = { bytes: stat.size, mtimeMs: stat.mtimeMs, fullCheckAt: fullCheckAt.toISOString() };
  const path = markerPath(dataDir);
  writeFileSync(`${path}.tmp`, JSON.stringify(marker));
  fsyncFile(`${path}.tmp`);
  renameSync(`${path}.tmp`, path);
}
