import type { Database } from 'better-sqlite3';
import { contract } from '../../shared/contract/index';
import type { Notice } from '../../shared/domain/app-info';
import type { FeatureDeps } from './feature-deps';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { type Handlers, mergeHandlers } from './ipc/handlers';
import { appHandlers } from './services/app/handlers';
import { NoticeBoard } from './services/app/notices';
import { bankHandlers } from './services/banks/handlers';
import { seedStarterContent } from './services/banks/starter-seed';
import { dataHandlers } from './services/data/handlers';
import { settleInterruptedReplace } from './services/data/recordings-pool';
import { fileHandlers } from './services/files/handlers';
import type { SystemDialogs } from './services/files/system-dialogs';
import { recoveryNotNeeded } from './recovery/recovery-not-needed';
import { progressHandlers } from './services/progress/handlers';
import { reflectionHandlers } from './services/reflection/handlers';
import { sessionHandlers } from './services/sessions/handlers';
import { settingsHandlers } from './services/settings/handlers';
import { type SettingsBackendFactory, SettingsStore } from './settings/settings-store';
import { recordCleanShutdown } from './storage/clean-shutdown';
import { openDatabase } from './storage/open-database';
import { checkDatabaseCopy, type CopyCheck } from './storage/verified-copy';

export interface AppCoreOptions {
  dataDir: string;
  mode: 'desktop' | 'browser';
  version: string;
  settingsBackend: SettingsBackendFactory;
  /** The clock; tests fix it. */
  now?: () => Date;
  /** Native open/save dialogs: the desktop app passes them; browser mode has none. */
  dialogs?: SystemDialogs;
}

/** Everything behind the IPC contract, with no Electron in it: shared by the desktop app, browser mode and tests. */
export interface AppCore {
  db: Database;
  deps: FeatureDeps;
  settings: SettingsStore;
  notices: NoticeBoard;
  handlers: Handlers;
  dispatch: Dispatch;
  /**
   * The full integrity check deferred at open (a clean close was found; see
   * storage/clean-shutdown.ts): run it once the first screen is up. Reads
   * through its own read-only connection. Damage adds a notice, and the close
   * then records no clean shutdown, so the next start checks at open and
   * refuses the file (the recovery screen). Returns the result, or null when
   * the check already ran at open or ran before.
   */
  checkInBackground(): CopyCheck | null;
  /** Closes the database and, unless damage was found, records the clean shutdown. */
  close(): void;
}

/**
 * Opens the data folder (settings, then database) and wires every domain's
 * handlers. Throws DatabaseTooNewError / DatabaseCorruptError from storage
 * before anything was written.
 */
export function createAppCore(options: AppCoreOptions): AppCore {
  const notices = new NoticeBoard();
  const { store: settings, notices: settingsNotices } = SettingsStore.open(options.dataDir, options.settingsBackend);
  notices.add(...settingsNotices);
  const { db, file, integrity } = openDatabase(options.dataDir, (options.now ?? (() => new Date()))());
  const deps: FeatureDeps = { db, dataDir: options.dataDir, databaseFile: file, settings, notices, now: options.now ?? (() => new Date()) };
  // Before the recording clean-up in sessionHandlers: a restore, import or recovery cut short between
  // swapping the rows and moving the files is finished first, so no file of either state is lost.
  settleInterruptedReplace(db, options.dataDir);
  seedStarterContent(deps);

  const handlers = mergeHandlers(
    appHandlers({ version: options.version, mode: options.mode, dataDir: options.dataDir, databaseFile: file }, notices),
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
  let checkPending = integrity.fullCheckAtOpen === null;
  let lastFullCheckAt = integrity.lastFullCheckAt;
  let damaged = false;
  return {
    db,
    deps,
    settings,
    notices,
    handlers,
    dispatch: createDispatch(contract, handlers),
    checkInBackground() {
      if (!checkPending || closed) return null;
      checkPending = false;
      const check = checkDatabaseCopy(file);
      if (check.ok) {
        lastFullCheckAt = deps.now();
      } else {
        damaged = true;
        notices.add(damageNotice(check.problem));
      }
      return check;
    },
    close() {
      if (closed) return;
      closed = true;
      db.close();
      if (!damaged) recordCleanShutdown(options.dataDir, file, lastFullCheckAt);
    },
  };
}

/** What the user reads when the check after start-up finds damage: the data is open, and what to do now. */
function damageNotice(problem: string | null): Notice {
  return {
    id: 'database-damaged',
    level: 'warning',
    message:
      `Rehearse's check found damage in your database (${(problem ?? 'unknown problem').slice(0, 200)}). ` +
      'Your data is still open: in Settings → Your data, run "Check database", and restore a backup if it confirms the damage. ' +
      'Rehearse checks the file again before opening it next time.',
  };
}
