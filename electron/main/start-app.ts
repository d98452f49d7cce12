import { contract } from '../../shared/contract/index';
import { type AppCore, type AppCoreOptions, createAppCore } from './app-core';
import { lockDataFolder } from './data-lock';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { NoticeBoard } from './services/app/notices';
import { startBackupSchedule } from './services/data/backup-schedule';
import { recoveryHandlers } from './recovery/recovery-handlers';
import { SettingsStore } from './settings/settings-store';
import { DatabaseCorruptError } from './storage/startup-errors';

/**
 * How long after start-up the deferred integrity check runs: after the first
 * screen is up (its budget is 1 s), so its ~250 ms at a million answers never
 * delays it. Tests call `core.checkInBackground()` themselves.
 */
export const backgroundCheckDelayMs = 2000;

function checkAfterFirstScreen(core: AppCore): void {
  // unref: a pending check never keeps a closing process alive.
  setTimeout(() => core.checkInBackground(), backgroundCheckDelayMs).unref();
}

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
 * cannot be read for another reason, still throws, untouched.
 *
 * Before anything in the folder is read or cleaned up, the folder is locked for
 * this process: a second Rehearse on the same folder (desktop or browser mode)
 * gets DataFolderInUseError and touches nothing.
 */
export function startApp(options: AppCoreOptions): AppHost {
  const lock = lockDataFolder(options.dataDir);
  try {
    return startLocked(options, lock.release);
  } catch (error) {
    lock.release();
    throw error;
  }
}

function startLocked(options: AppCoreOptions, releaseLock: () => void): AppHost {
  // Settings first, so a settings file that is itself damaged is reported whichever way the database goes.
  const opened = SettingsStore.open(options.dataDir, options.settingsBackend);
  let current: AppCore | null = null;
  let recoveryDispatch: Dispatch | null = null;
  try {
    current = createAppCore(options);
    startBackupSchedule(current.deps);
    checkAfterFirstScreen(current);
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
        checkAfterFirstScreen(core);
      },
    });
    recoveryDispatch = createDispatch(contract, handlers);
  }
  return {
    dispatch: (channel, input, context) =>
      current ? current.dispatch(channel, input, context) : recoveryDispatch!(channel, input, context),
    settings: opened.store,
    core: () => current,
    close: () => {
      try {
        current?.close();
      } finally {
        releaseLock();
      }
    },
  };
}
