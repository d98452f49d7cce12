import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contract } from '../../shared/contract/index';
import { type AppCore, type AppCoreOptions, createAppCore } from './app-core';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { NoticeBoard } from './services/app/notices';
import { startBackupSchedule } from './services/data/backup-schedule';
import { missingDatabase, offeredBackup, recoveryHandlers } from './recovery/recovery-handlers';
import { databaseFileName } from './storage/open-database';
import { SettingsStore } from './settings/settings-store';
import { withDataFolderSentence } from './storage/failure-sentences';
import { DatabaseCorruptError } from './storage/startup-errors';

/** What the Electron layer and browser mode run: the app core, or the recovery state in front of it. */
export interface AppHost {
  /** Stable for the app's life: answers from the recovery state until the user has chosen, then from the core. */
  dispatch: Dispatch;
  settings: SettingsStore;
  /** The full core, or null while waiting for the user to choose how to recover. */
  core(): AppCore | null;
  close(): void;
}

/**
 * Starts the app. A damaged database does not stop it: the file is left
 * exactly where it is, and a recovery state asks the user whether to restore
 * the newest verified backup or start fresh (either way the damaged file is
 * moved aside, never deleted). A database from a newer version, or one that
 * cannot be read for another reason, still throws, untouched; a data folder
 * the file system refuses (read-only, no permission, full) throws a
 * DataFolderError whose message is the sentence to show.
 */
export function startApp(options: AppCoreOptions): AppHost {
  return withDataFolderSentence(options.dataDir, () => startHost(options));
}

function startHost(options: AppCoreOptions): AppHost {
  // Settings first, so a settings file that is itself damaged is reported whichever way the database goes.
  const opened = SettingsStore.open(options.dataDir, options.settingsBackend);
  let current: AppCore | null = null;
  let recoveryDispatch: Dispatch | null = null;
  try {
    // No database but verified backups: offer them (the recovery screen) rather than silently starting empty.
    const file = join(options.dataDir, databaseFileName);
    if (!existsSync(file) && offeredBackup(options.dataDir)) throw new DatabaseCorruptError(file, missingDatabase);
    current = createAppCore(options);
    startBackupSchedule(current.deps);
    current.notices.add(...opened.notices);
  } catch (error) {
    if (!(error instanceof DatabaseCorruptError)) throw error;
    const notices = new NoticeBoard();
    notices.add(...opened.notices);
    const handlers = recoveryHandlers({
      options,
      error,
      settings: opened.store,
      notices,
      openCore: () => createAppCore(options),
      recovered: (core) => {
        current = core;
        startBackupSchedule(core.deps);
      },
    });
    recoveryDispatch = createDispatch(contract, handlers);
  }
  return {
    dispatch: (channel, input, context) =>
      current ? current.dispatch(channel, input, context) : recoveryDispatch!(channel, input, context),
    settings: opened.store,
    core: () => current,
    close: () => current?.close(),
  };
}
