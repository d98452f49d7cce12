import type { Database } from 'better-sqlite3';
import { contract } from '../../shared/contract/index';
import type { FeatureDeps } from './feature-deps';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { inWriteTransactions } from './ipc/write-transactions';
import { savedThing } from './ipc/write-channels';
import { detachedSentence, FileIdentity } from './storage/file-identity';
import { type Handlers, mergeHandlers } from './ipc/handlers';
import { appHandlers } from './services/app/handlers';
import { NoticeBoard } from './services/app/notices';
import { bankHandlers } from './services/banks/handlers';
import { seedStarterContent } from './services/banks/starter-seed';
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
}

/** Everything behind the IPC contract, with no Electron in it: shared by the desktop app, browser mode and tests. */
export interface AppCore {
  db: Database;
  deps: FeatureDeps;
  settings: SettingsStore;
  notices: NoticeBoard;
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
  const notices = new NoticeBoard();
  const { store: settings, notices: settingsNotices } = SettingsStore.open(options.dataDir, options.settingsBackend);
  notices.add(...settingsNotices);
  const { db, file } = openDatabase(options.dataDir);
  const deps: FeatureDeps = { db, dataDir: options.dataDir, databaseFile: file, settings, notices, now: options.now ?? (() => new Date()) };
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

  const identity = new FileIdentity(file);
  const dispatch = watchedDispatch(createDispatch(contract, inWriteTransactions(handlers, db)), identity, notices);

  let closed = false;
  return {
    db,
    deps,
    settings,
    notices,
    handlers,
    dispatch,
    close() {
      if (closed) return;
      closed = true;
      db.close();
    },
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
