import type { Database } from 'better-sqlite3';
import { contract } from '../../shared/contract/index';
import type { Notice } from '../../shared/domain/app-info';
import { announceChanges } from './events/announce-changes';
import { createEventHub, type EventHub } from './events/event-hub';
import type { FeatureDeps } from './feature-deps';
import { createJobs } from './events/jobs';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { inWriteTransactions } from './ipc/write-transactions';
import { savedThing } from './ipc/write-channels';
import { detachedSentence, FileIdentity } from './storage/file-identity';
import { type Handlers, mergeHandlers } from './ipc/handlers';
import { type AppLog, noLog } from './logging/app-log';
import { collectDiagnostics } from './services/app/diagnostics';
import { appHandlers } from './services/app/handlers';
import { NoticeBoard } from './services/app/notices';
import { bankHandlers } from './services/banks/handlers';
import { seedStarterContent } from './services/banks/starter-seed';
import type { ScheduleOptions } from './services/data/backup-schedule';
import { deliveryHandlers } from './services/delivery/handlers';
import { dataHandlers } from './services/data/handlers';
import { DataGeneration } from './services/data/data-generation';
import { settleInterruptedReplace } from './services/data/recordings-pool';
import { refuseStaleWrites } from './ipc/stale-clients';
import { fileHandlers } from './services/files/handlers';
import type { SystemDialogs } from './services/files/system-dialogs';
import { recoveryNotNeeded } from './recovery/recovery-not-needed';
import { readinessHandlers } from './services/readiness/handlers';
import { progressHandlers } from './services/progress/handlers';
import { reflectionHandlers } from './services/reflection/handlers';
import { sessionHandlers } from './services/sessions/handlers';
import { settingsHandlers } from './services/settings/handlers';
import { storyHandlers } from './services/stories/handlers';
import { reportHandlers } from './services/report/handlers';
import { interviewAskHandlers } from './services/reflection/interview-asks';
import { type SettingsBackendFactory, SettingsStore } from './settings/settings-store';
import { recordCleanShutdown, takeCleanShutdown } from './storage/clean-shutdown';
import { checkDatabaseInWorker } from './storage/check-in-worker';
import { type IdCounters, raiseIdCounters } from './storage/id-counters';
import { openDatabase } from './storage/open-database';
import type { CopyCheck } from './storage/verified-copy';

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
  /**
   * Recovery only (recovery-handlers.ts): id counters the opened database must not go below, raised
   * before anything is added to it (starter content included), so no id of the data the user
   * recovered from is handed out again.
   */
  idFloor?: IdCounters;
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
  /** The generation of the live data, which transports hand to pages and pages send back (issue 16, item 3). */
  generation: DataGeneration;
  /**
   * The full integrity check deferred at open (a clean close was found; see
   * storage/clean-shutdown.ts): run it once the first screen is up. Reads
   * through its own read-only connection. Damage adds a notice, and the close
   * then records no clean shutdown, so the next start checks at open and
   * refuses the file (the recovery screen). Runs in a worker thread
   * (storage/check-in-worker.ts), so the main process keeps answering while
   * it reads the whole file. Resolves with the result, or null when the check
   * already ran at open or ran before.
   */
  checkInBackground(): Promise<CopyCheck | null>;
  /** Closes the database and, unless damage was found, records the clean shutdown. */
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
  const { db, file, integrity } = openDatabase(options.dataDir, (options.now ?? (() => new Date()))());
  const generation = new DataGeneration(events.emit);
  const deps: FeatureDeps = {
    db,
    dataDir: options.dataDir,
    databaseFile: file,
    settings,
    notices,
    now: options.now ?? (() => new Date()),
    emit: events.emit,
    jobs: createJobs(events.emit),
    generation,
  };
  // Before the recording clean-up in sessionHandlers: a restore, import or recovery cut short between
  // swapping the rows and moving the files is finished first, so no file of either state is lost.
  settleInterruptedReplace(db, options.dataDir);
  if (options.idFloor) raiseIdCounters(db, options.idFloor);
  seedStarterContent(deps);

  const handlers = mergeHandlers(
    appHandlers(
      { version: options.version, mode: options.mode, dataDir: options.dataDir, databaseFile: file },
      notices,
      () => collectDiagnostics({ db, dataDir: options.dataDir, databaseFile: file, log: options.log ?? noLog }, options),
      options.log ?? noLog,
    ),
    settingsHandlers(settings),
    bankHandlers(deps),
    sessionHandlers(deps),
    reflectionHandlers(deps),
    interviewAskHandlers(deps),
    progressHandlers(deps),
    readinessHandlers(deps),
    dataHandlers(deps),
    fileHandlers(options.dialogs ?? null),
    deliveryHandlers(deps),
    storyHandlers(deps),
    reportHandlers(deps),
    recoveryNotNeeded(),
  ) satisfies Handlers;

  const identity = new FileIdentity(file);
  const dispatch = announceChanges(
    refuseStaleWrites(watchedDispatch(createDispatch(contract, inWriteTransactions(handlers, db)), identity, notices), generation),
    events,
  );

  let closed = false;
  let checkPending = integrity.fullCheckAtOpen === null;
  let lastFullCheckAt = integrity.lastFullCheckAt;
  let damaged = false;
  return {
    db,
    deps,
    settings,
    notices,
    events,
    handlers,
    dispatch,
    generation,
    async checkInBackground() {
      if (!checkPending || closed) return null;
      checkPending = false;
      const check = await checkDatabaseInWorker(file);
      if (check.ok) {
        lastFullCheckAt = deps.now();
      } else {
        damaged = true;
        notices.add(damageNotice(check.problem));
        // Closed while the check ran: the clean-shutdown record written then must not let the next start skip the check.
        if (closed) takeCleanShutdown(options.dataDir);
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

/**
 * Checks, before and after every channel that saves (write-channels.ts), that
 * the database file in the folder is still the file the app opened; when it is
 * not, the write is refused (or, if it already ran, not acknowledged) with a
 * sentence, and a notice tells every window. Reads go on as before.
 */
function watchedDispatch(dispatch: Dispatch, identity: FileIdentity, notices: NoticeBoard): Dispatch {
  const refusal = (channel: string) => {
    const how = identity.problem();
    if (!how) return null;
    const message = detachedSentence(how, identity.file, savedThing(channel));
    notices.add({ id: 'database-detached', level: 'warning', message: detachedSentence(how, identity.file, null) });
    return { ok: false as const, error: { code: 'storage_error' as const, message } };
  };
  return async (channel, input, context) => {
    const saves = savedThing(channel) !== null;
    const before = saves ? refusal(channel) : null;
    if (before) return before;
    const result = await dispatch(channel, input, context);
    return (saves && result.ok && refusal(channel)) || result;
  };
}
