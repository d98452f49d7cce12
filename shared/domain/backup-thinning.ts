import { localDayKey, weekStartOf } from './progress/calendar';

export interface ThinnableBackup {
  fileName: string;
  createdAt: string;
  /** Backups the user made themselves are never removed automatically. */
  manual: boolean;
}

/** How many of each kind of bucket keeps its newest backup. */
export interface ThinningPolicy {
  keepAllHours: number;
  daily: number;
  weekly: number;
  monthly: number;
}

export const thinningPolicy: ThinningPolicy = { keepAllHours: 48, daily: 7, weekly: 8, monthly: 12 };

/**
 * Which automatic backups to delete. Kept: every manual backup; everything
 * from the last two days (so a second restore never removes the first one's
 * safety copy); and, walking newest first, the newest backup of each of the
 * 7 most recent days, 8 most recent weeks and 12 most recent months that have
 * backups. Buckets are counted among existing backups rather than back from
 * today, so after a long break the old backups are not all thinned away.
 */
export function backupsToDelete(backups: readonly ThinnableBackup[], now: Date, policy: ThinningPolicy = thinningPolicy): string[] {
  const automatic = backups
    .filter((b) => !b.manual)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
  const keep = new Set<string>();
  const recent = now.getTime() - policy.keepAllHours * 3_600_000;
  for (const b of automatic) if (new Date(b.createdAt).getTime() >= recent) keep.add(b.fileName);

  const buckets: [count: number, key: (d: Date) => string][] = [
    [policy.daily, (d) => localDayKey(d)],
    [policy.weekly, (d) => weekStartOf(localDayKey(d))],
    [policy.monthly, (d) => localDayKey(d).slice(0, 7)],
  ];
  for (const [count, key] of buckets) {
    const seen = new Set<string>();
    for (const b of automatic) {
      const k = key(new Date(b.createdAt));
      if (seen.has(k)) continue;
      if (seen.size >= count) break;
      seen.add(k);
      keep.add(b.fileName);
    }
  }
  return automatic.filter((b) => !keep.has(b.fileName)).map((b) => b.fileName);
}
