import { listBackups } from '../services/data/backups';
import { gatherIdCounters, type IdCounters } from '../storage/id-counters';

export interface CarriedIds {
  /** The counters the recovered database must not go below. */
  floor: IdCounters;
  /** Why the damaged file's counters could not be read (an SQLite or file-system code), or null when they were (or there is none). */
  damagedUnreadable: string | null;
  /** Backups whose counters could not be read, for the log. */
  unreadableBackups: number;
}

/**
 * What recovery carries over so that no id is handed out twice (issue 16, item 3): for every
 * table, the highest id counter of the damaged file (set aside at `keptAs`, empty when there is
 * none; read from a copy with its -wal, so its latest writes count and the file itself is never
 * changed) and of every backup in the folder (read-only). A file that cannot be read is passed
 * over: the others still count, and the caller says so.
 */
export function idsToCarry(dataDir: string, keptAs: string): CarriedIds {
  const backups = listBackups(dataDir).map((b) => ({ path: b.path, journals: false }));
  const { counters, unreadable } = gatherIdCounters([...(keptAs ? [{ path: keptAs, journals: true }] : []), ...backups]);
  const damaged = unreadable.find((u) => u.file === keptAs);
  return { floor: counters, damagedUnreadable: damaged?.code ?? null, unreadableBackups: unreadable.length - (damaged ? 1 : 0) };
}

/** The sentence added to the recovery notice when the damaged file could not be read at all. */
export function unreadableIdsSentence(code: string): string {
  return ` The damaged file could not be read at all (${code}), so new records are numbered after those in your backups only.`;
}
