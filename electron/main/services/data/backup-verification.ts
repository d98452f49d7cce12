import { readFileSync, renameSync, type Stats, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What quick_check said about each backup, so listing backups does not
 * re-read every file. An entry counts only while the file's size and
 * modification time are unchanged; anything else is checked again.
 */
interface Verification {
  bytes: number;
  mtimeMs: number;
  ok: boolean;
  problem: string | null;
}

const manifestName = 'verified.json';
const manifestPath = (dataDir: string) => join(dataDir, 'backups', manifestName);

function readManifest(dataDir: string): Record<string, Verification> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(manifestPath(dataDir), 'utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, Verification>) : {};
  } catch {
    // Missing or unreadable: every backup is simply checked again.
    return {};
  }
}

export function readVerification(dataDir: string, fileName: string, stat: Stats): Verification | null {
  const entry = readManifest(dataDir)[fileName];
  if (!entry || typeof entry !== 'object') return null;
  return entry.bytes === stat.size && entry.mtimeMs === stat.mtimeMs && typeof entry.ok === 'boolean' ? entry : null;
}

/** Records (or, with `stat` null, forgets) a backup's check; written whole, then renamed into place. */
export function recordVerification(
  dataDir: string,
  fileName: string,
  stat: Stats | null,
  ok: boolean,
  problem: string | null,
): Verification {
  const manifest = readManifest(dataDir);
  const entry: Verification = { bytes: stat?.size ?? 0, mtimeMs: stat?.mtimeMs ?? 0, ok, problem };
  if (stat) manifest[fileName] = entry;
  else delete manifest[fileName];
  const path = manifestPath(dataDir);
  writeFileSync(`${path}.tmp`, JSON.stringify(manifest, null, 1));
  renameSync(`${path}.tmp`, path);
  return entry;
}
