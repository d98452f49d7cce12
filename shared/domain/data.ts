/** Why a backup was taken; also the first part of its file name. */
export const backupReasons = ['daily', 'manual', 'pre-import', 'pre-restore', 'pre-migration'] as const;
export type BackupReason = (typeof backupReasons)[number];

export const backupReasonLabels: Record<BackupReason, string> = {
  daily: 'Daily',
  manual: 'Made by you',
  'pre-import': 'Before an import',
  'pre-restore': 'Before a restore',
  'pre-migration': 'Before an update',
};

/** One backup file in `<data folder>/backups/`. */
export interface BackupInfo {
  /** `<reason>-v<schema version>-<UTC timestamp>[-<n>].sqlite`, e.g. `daily-v5-2026-01-05T10-00-00-000Z.sqlite`. */
  fileName: string;
  path: string;
  reason: BackupReason;
  /** When it was taken (ISO 8601). */
  createdAt: string;
  /** The database schema version inside; older ones are migrated when restored. */
  schemaVersion: number;
  bytes: number;
  /** SQLite's quick_check found it whole (checked when taken, or when first listed). */
  verified: boolean;
  /** What the check found when not verified. */
  problem: string | null;
}

/** The result of "Check database", in plain words. */
export interface DatabaseCheck {
  checkedAt: string;
  ok: boolean;
  /** `ok`, or the lines quick_check reported. */
  integrity: string[];
  /** Rows pointing at a row that does not exist. */
  foreignKeyProblems: { table: string; rowId: number | null; parent: string }[];
  /** Whether the progress rollups agree with the answers they summarise. */
  rollupsMatch: boolean;
  /** What the check did about anything it found, e.g. rebuilt the rollups. */
  repaired: string[];
  bytes: number;
}

/** A file written to `<data folder>/exports/`, ready to download or copy. */
export interface ExportedArchive {
  fileName: string;
  path: string;
  bytes: number;
  /** Rows per table written (or, for CSV, the number of answers). */
  counts: Record<string, number>;
  recordings: number;
  /**
   * Recordings the database names whose file was already missing from the
   * data folder: their answers are exported, without a recording. Absent
   * for the CSV, which holds no recordings.
   */
  missingRecordings?: number;
}

export interface ImportReport {
  backup: BackupInfo;
  counts: Record<string, number>;
  recordings: number;
  /** The schema version of the archive; older archives are migrated on the way in. */
  fromSchemaVersion: number;
  /** Imported answers whose recording file the archive did not bring: kept, without playback. */
  missingRecordings: number;
}

export interface RestoreReport {
  restored: BackupInfo;
  /** The copy of the database as it was before the restore. */
  keptAside: BackupInfo;
  counts: Record<string, number>;
}

/** Where everything lives, for the "Your data" section. */
export interface DataStatus {
  dataDir: string;
  databaseBytes: number;
  recordings: number;
  recordingBytes: number;
  lastBackup: BackupInfo | null;
}
