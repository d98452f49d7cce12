import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';

/**
 * SHA-256 of every row of every table (schema included), read through SQL, so
 * it is the same whatever the WAL or page layout: "nothing was written".
 */
export function tablesFingerprint(db: Database): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'index', 'trigger', 'view') ORDER BY type, name")
    .all() as { name: string; sql: string | null }[];
  hash.update(String(db.pragma('user_version', { simple: true })));
  for (const { name, sql } of tables) {
    hash.update(`\n${name}\n${sql ?? ''}\n`);
    if (!sql?.startsWith('CREATE TABLE') || name.startsWith('sqlite_')) continue;
    // Every column in the ORDER BY makes the order total even for WITHOUT ROWID tables.
    const columns = (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((c) => `"${c.name}"`);
    for (const row of db
      .prepare(`SELECT * FROM "${name}" ORDER BY ${columns.join(', ')}`)
      .raw()
      .iterate()) {
      hash.update(JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value)));
    }
  }
  return hash.digest('hex');
}

/**
 * The tables plus the user's other files in the data folder (settings,
 * recordings, exports): name and bytes. `backups/` is left out: the app's
 * daily-backup timer writes there on its own, whatever requests arrive.
 */
export function dataDirFingerprint(dataDir: string, db: Database): string {
  const hash = createHash('sha256');
  hash.update(tablesFingerprint(db));
  const files = existsSync(dataDir) ? readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).sort() : [];
  for (const name of files) {
    // The database's own files change on checkpoints; their contents are covered by the tables above.
    if (/^rehearse\.sqlite(-wal|-shm|-journal)?$/.test(name) || /^backups([/\\]|$)/.test(name)) continue;
    const full = join(dataDir, name);
    if (!statSync(full).isFile()) continue;
    hash.update(`\n${name}\n`);
    hash.update(readFileSync(full));
  }
  return hash.digest('hex');
}
