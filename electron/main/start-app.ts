import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contract } from '../../shared/contract/index';
import { type AppCore, type AppCoreOptions, createAppCore } from './app-core';
import { lockDataFolder } from './data-lock';
import { announceChanges } from './events/announce-changes';
import { createEventHub, type EventHub } from './events/event-hub';
import { type AppLog, createAppLog, errorKind } from './logging/app-log';
import { logCalls, logEvents } from './logging/log-events';
import { readUserVersion } from './storage/migrate';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { NoticeBoard } from './services/app/notices';
import { startBackupSchedule } from './services/data/backup-schedule';
import { missingDatabase, offeredBackup, recoveryHandlers } from './recovery/recovery-handlers';
import { databaseFileName } from './storage/open-database';
import { SettingsStore } from './settings/settings-store';
import { withDataFolderSentence } from './storage/failure-sentences';
import { DatabaseCorruptError } from './storage/startup-errors';

/**
 * How long after start-up the deferred integrity check runs: after the first
 * screen is up (its budget is 1 s), so its ~250 ms at a million answers never
 * delays it; the check itself runs in a worker thread. Tests call `core.checkInBackground()` themselves.
 */
export const backgroundCheckDelayMs = 2000;

function checkAfterFirstScreen(core: AppCore): void {
  // unref: a pending check never keeps a closing process alive.
  setTimeout(() => void core.checkInBackground(), backgroundCheckDelayMs).unref();
}

/** What the Electron layer and browser mode run: the app core, or the recovery state in front of it. */
export interface AppHost {
  /** Stable for the app's life: answers from the recovery state until the user has chosen, then from the core. */
  dispatch: Dispatch;
  settings: SettingsStore;
  /** Events to the renderer: the desktop shell and browser mode attach their transports here. */
  events: EventHub;
  /** The rotating log in `<data folder>/logs/` (codes, counts and flags only). */
  log: AppLog;
  /** The full core, or null while waiting for the user to choose how to recover. */
  core(): AppCore | null;
  /** The live data's generation for transports to hand to pages; undefined in the recovery state (no data yet). */
  generation(): string | undefined;
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
 *
 * Before anything in the folder is read or cleaned up, the folder is locked for
 * this process: a second Rehearse on the same folder (desktop or browser mode)
 * gets DataFolderInUseError and touches nothing.
 */
export function startApp(options: AppCoreOptions): AppHost {
  return withDataFolderSentence(options.dataDir, () => {
    const lock = lockDataFolder(options.dataDir);
    try {
      return startLocked(options, lock.release);
    } catch (error) {
      lock.release();
      throw error;
    }
  });
}

function startLocked(startOptions: AppCoreOptions, releaseLock: () => void): AppHost {
  const events = startOptions.events ?? createEventHub();
  const log = startOptions.log ?? createAppLog(startOptions.dataDir);
  events.addSink(logEvents(log));
  const options = { ...startOptions, events, log };
  // Settings first, so a settings file that is itself damaged is reported whichever way the database goes.
  const opened = SettingsStore.open(options.dataDir, options.settingsBackend);
  let current: AppCore | null = null;
  let recoveryDispatch: Dispatch | null = null;
  try {
    // No database but verified backups: offer them (the recovery screen) rather than silently starting empty.
    const file = join(options.dataDir, databaseFileName);
    if (!existsSync(file) && offeredBackup(options.dataDir)) throw new DatabaseCorruptError(file, missingDatabase);
    current = createAppCore(options);
    log.info('app.start', {
      version: options.version,
      mode: options.mode,
      platform: process.platform,
      schema: readUserVersion(current.db),
    });
    startBackupSchedule({ ...current.deps, log }, options.backupSchedule);
    checkAfterFirstScreen(current);
    current.notices.add(...opened.notices);
  } catch (error) {
    log.error('app.start.failed', errorKind(error));
    if (!(error instanceof DatabaseCorruptError)) throw error;
    const notices = new NoticeBoard((notice) => events.emit('app.notice', notice));
    notices.add(...opened.notices);
    const handlers = recoveryHandlers({
      options,
      error,
      settings: opened.store,
      notices,
      openCore: (idFloor) => createAppCore({ ...options, idFloor }),
      recovered: (core) => {
        current = core;
        log.info('app.recovered', { schema: readUserVersion(core.db) });
        startBackupSchedule({ ...core.deps, log }, options.backupSchedule);
        checkAfterFirstScreen(core);
      },
    });
    recoveryDispatch = announceChanges(createDispatch(contract, handlers), events);
  }
  return {
    dispatch: logCalls(
      (channel, input, context) => (current ? current.dispatch(channel, input, context) : recoveryDispatch!(channel, input, context)),
      log,
    ),
    settings: opened.store,
    events,
    log,
    core: () => current,
    generation: () => current?.generation.current,
    close: () => {
      log.info('app.stop', {});
      try {
        current?.close();
      } finally {
        releaseLock();
      }
    },
  };
}
