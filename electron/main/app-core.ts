import type { Database } from 'better-sqlite3';
import { contract } from '../../shared/contract/index';
import { announceChanges } from './events/announce-changes';
import { createEventHub, type EventHub } from './events/event-hub';
import type { FeatureDeps } from './feature-deps';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { type Handlers, mergeHandlers } from './ipc/handlers';
import { type AppLog, noLog } from './logging/app-log';
import { collectDiagnostics } from './services/app/diagnostics';
import { appHandlers } from './services/app/handlers';
import { NoticeBoard } from './services/app/notices';
import { bankHandlers } from './services/banks/handlers';
import { seedStarterContent } from './services/banks/starter-seed';
import type { ScheduleOptions } from './services/data/backup-schedule';
import { dataHandlers } from './services/data/handlers';
import { fileHandlers } from './services/files/handlers';
import type { SystemDialogs } from './services/files/system-dialogs';
import { recoveryNotNeeded } from './recovery/recovery-handlers';
import { progressHandlers } from './services/progress/handlers';
import { reflectionHandlers } from './services/reflection/handlers';
import { sessionHandlers } from './services/sessions/handlers';
import { settingsHandlers } from './services/settings/handlers';
import { type SettingsBackendFactory, SettingsStore } from './settings/settings-store';
import { openDatabase } from './storage/open-database';

export interface AppCoreOptions {
  dataDir: string;
  mode: 'desktop' | 'browser';
  version: string;
  settingsBackend: SettingsBackendFactory;
  /** The clock; tests fix it. */
  now?: () => Date;
  /** Native open/save dialogs: the desktop app passes them; browser mode has none. */
  dialogs?: SystemDialogs;
  /** When the daily-backup schedule looks (see backup-schedule.ts); browser mode's tests shorten it. */
  backupSchedule?: ScheduleOptions;
  /** The problem-report log (`logs/rehearse.log`); start-app opens it, tests may leave it out. */
  log?: AppLog;
  /** Where events go; browser mode and the desktop app attach their transports to it. A private one when absent. */
  events?: EventHub;
}

/** Everything behind the IPC contract, with no Electron in it: shared by the desktop app, browser mode and tests. */
export interface AppCore {
  db: Database;
  deps: FeatureDeps;
  settings: SettingsStore;
  notices: NoticeBoard;
  events: EventHub;
  handlers: Handlers;
  dispatch: Dispatch;
  close(): void;
}

/**
 * Opens the data folder (settings, then database) and wires every domain's
 * handlers. Throws DatabaseTooNewError / DatabaseCorruptError from storage
 * before anything was written.
 */
export function createAppCore(options: AppCoreOptions): AppCore {
  const events = options.events ?? createEventHub();
  const notices = new NoticeBoard((notice) => events.emit('app.notice', notice));
  const { store: settings, notices: settingsNotices } = SettingsStore.open(options.dataDir, options.settingsBackend);
  notices.add(...settingsNotices);
  const { db, file } = openDatabase(options.dataDir);
  const deps: FeatureDeps = {
    db,
    dataDir: options.dataDir,
    databaseFile: file,
    settings,
    notices,
    now: options.now ?? (() => new Date()),
    emit: events.emit,
  };
  seedStarterContent(deps);

  const handlers = mergeHandlers(
    appHandlers({ version: options.version, mode: options.mode, dataDir: options.dataDir, databaseFile: file }, notices, () =>
      collectDiagnostics({ db, dataDir: options.dataDir, databaseFile: file, log: options.log ?? noLog }, options),
    ),
    settingsHandlers(settings),
    bankHandlers(deps),
    sessionHandlers(deps),
    reflectionHandlers(deps),
    progressHandlers(deps),
    dataHandlers(deps),
    fileHandlers(options.dialogs ?? null),
    recoveryNotNeeded(),
  ) satisfies Handlers;

  let closed = false;
  return {
    db,
    deps,
    settings,
    notices,
    events,
    handlers,
    dispatch: announceChanges(createDispatch(contract, handlers), events),
    close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
