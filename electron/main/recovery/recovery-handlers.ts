import { formatDateTime } from '../../../shared/domain/dates/format';
import { channelNames } from '../../../shared/contract/index';
import { AppError } from '../../../shared/contract/result';
import type { RecoveryInfo, RecoveryOutcome } from '../../../shared/domain/app-info';
import type { AppCore, AppCoreOptions } from '../app-core';
import type { Handlers, HandlersFor } from '../ipc/handlers';
import type { NoticeBoard } from '../services/app/notices';
import { checkBackupFile, listBackups } from '../services/data/backups';
import { markRecordingsUnsettled } from '../services/data/recordings-pool';
import { settingsHandlers } from '../services/settings/handlers';
import type { SettingsStore } from '../settings/settings-store';
import { latestVersion } from '../storage/migrations/index';
import type { IdCounters } from '../storage/id-counters';
import type { DatabaseCorruptError } from '../storage/startup-errors';
import type { RecoveryChannel } from './recovery-not-needed';
import { idsToCarry, unreadableIdsSentence } from './carry-ids';
import { placeCopy, setAsideDamaged } from './set-aside';

/** The reason given when the data folder has backups but no database file: offered the same choice as damage. */
export const missingDatabase = 'no database file, but backups';

/** The damage in words a user can act on; the technical detail stays in brackets. */
export function plainProblem(error: DatabaseCorruptError): string {
  if (error.reason === missingDatabase) return 'the database file is missing from the data folder (it may have been deleted or moved)';
  if (error.reason === 'not a database file')
    return 'the file is not a readable database (it may have been overwritten or only partly copied)';
  if (error.reason.startsWith('quick_check')) return `SQLite's check found damage inside the file (${error.reason.slice(0, 200)})`;
  return `the file is damaged (${error.reason})`;
}

/** The newest backup that passed quick_check and that this version can open (not one from a newer app). */
export function offeredBackup(dataDir: string) {
  return listBackups(dataDir).find((backup) => backup.verified && backup.schemaVersion <= latestVersion) ?? null;
}

export interface RecoveryContext {
  options: AppCoreOptions;
  error: DatabaseCorruptError;
  settings: SettingsStore;
  notices: NoticeBoard;
  /** Opens the full app on the (restored or new) database, its id counters raised to at least `idFloor`. */
  openCore(idFloor: IdCounters): AppCore;
  /** Hands the opened core over; from then on every call goes to it. */
  recovered(core: AppCore): void;
}

/**
 * The handlers while the database cannot be opened: `app.info` (with
 * `recovery`), notices, settings, and the two choices. Everything else
 * answers `unavailable` until the user has chosen.
 */
export function recoveryHandlers(context: RecoveryContext): Handlers {
  const { options, error, notices } = context;
  const now = () => (options.now ?? (() => new Date()))();
  const waiting = () => {
    throw new AppError('unavailable', 'Rehearse is waiting for you to choose how to recover your data.');
  };
  const handlers = Object.fromEntries(channelNames.map((name) => [name, waiting])) as unknown as Handlers;

  const info = (): RecoveryInfo => {
    const backup = offeredBackup(options.dataDir);
    return {
      problem: plainProblem(error),
      damagedFile: error.file,
      missing: error.reason === missingDatabase,
      backup: backup && { fileName: backup.fileName, createdAt: backup.createdAt, bytes: backup.bytes },
    };
  };

  // Ids continue above every id the damaged file and the backups used, so nothing recovered, restored
  // or imported later can meet a new record with its id; a file that cannot be read is said, not fatal.
  const finish = (outcome: RecoveryOutcome, message: string, keptAs: string): RecoveryOutcome => {
    const carried = idsToCarry(options.dataDir, keptAs);
    if (carried.damagedUnreadable) options.log?.warn('recovery.ids_unreadable', { code: carried.damagedUnreadable });
    if (carried.unreadableBackups) options.log?.warn('recovery.backup_ids_unreadable', { count: carried.unreadableBackups });
    const core = context.openCore(carried.floor);
    const said = carried.damagedUnreadable ? unreadableIdsSentence(carried.damagedUnreadable) : '';
    core.notices.add(...notices.list(), { id: 'database-recovered', level: 'warning', message: message + said });
    context.recovered(core);
    return outcome;
  };

  return Object.assign(handlers, {
    ...settingsHandlers(context.settings),
    'app.info': () => ({
      version: options.version,
      mode: options.mode,
      dataDir: options.dataDir,
      databaseFile: error.file,
      notices: notices.list(),
      recovery: info(),
    }),
    'app.dismissNotice': ({ id }: { id: string }) => {
      notices.dismiss(id);
      return null;
    },
    'app.recoverFromBackup': () => {
      const backup = offeredBackup(options.dataDir);
      if (!backup) throw new AppError('not_found', 'There is no verified backup to restore. You can still start fresh.');
      // Checked again now: the file may have changed since it was listed.
      const check = checkBackupFile(backup.path);
      if (!check.ok)
        throw new AppError('storage_error', `The backup ${backup.fileName} no longer passes its check (${check.problem ?? 'unknown'}).`);
      // The restored rows may claim files in the pool, and the damaged data's files are no longer
      // claimed: the next open settles them instead of deleting them as orphans.
      markRecordingsUnsettled(options.dataDir);
      const missing = error.reason === missingDatabase;
      const keptAs = missing ? '' : setAsideDamaged(error.file, now());
      placeCopy(backup.path, error.file);
      const when = formatDateTime(backup.createdAt);
      return finish(
        { keptAs, restoredFrom: backup.fileName },
        `Your data was restored from the backup taken ${when}. Anything saved after that is not in it.${missing ? '' : ` The damaged file was kept as ${keptAs}.`}`,
        keptAs,
      );
    },
    'app.startFresh': () => {
      if (error.reason === missingDatabase) {
        return finish(
          { keptAs: '', restoredFrom: null },
          'Rehearse started with empty data; your backups are still in the backups folder.',
          '',
        );
      }
      markRecordingsUnsettled(options.dataDir); // the damaged data's recordings go to the pool, not away
      const keptAs = setAsideDamaged(error.file, now());
      return finish(
        { keptAs, restoredFrom: null },
        `Rehearse started with empty data. The damaged file was kept as ${keptAs}; your backups are still in the backups folder.`,
        keptAs,
      );
    },
  } satisfies HandlersFor<'app.info' | 'app.dismissNotice' | RecoveryChannel | 'settings.get' | 'settings.update'>);
}
