import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { isPartialFileName } from '../../electron/main/services/recordings/recording-files';

/**
 * What a write could change in the data folder, part by part: `database` (SQLite's `data_version` on
 * `db`, a connection of the caller's own: it changes whenever another connection commits anything, rows or
 * id counters) and one entry per other file (`recordings/…`, `backups/…`, settings), its SHA-256.
 * The database's own files are left out (their bytes change on checkpoints; commits are `database`), and
 * so are uploads in progress (recordings' `upload-….partial`, archives in `.import-uploads/`): temporaries
 * the page sends again, not stored data.
 * Comparing two states names what a refused write changed: nothing, for "nothing half-written".
 */
export function folderState(dataDir: string, db: Database): Record<string, string> {
  const state: Record<string, string> = { database: String(db.pragma('data_version', { simple: true })) };
  const files = existsSync(dataDir) ? readdirSync(dataDir, { recursive: true, encoding: 'utf8' }) : [];
  for (const name of files) {
    if (/^rehearse\.sqlite(-wal|-shm|-journal)?$/.test(name) || /^\.import-uploads([/\\]|$)/.test(name)) continue;
    if (isPartialFileName(name.split(/[/\\]/).pop()!)) continue;
    const full = join(dataDir, name);
    if (!statSync(full).isFile()) continue;
    state[name] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return state;
}
