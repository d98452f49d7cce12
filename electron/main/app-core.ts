import type { Database } from 'better-sqlite3';
import { contract } from '../../shared/contract/index';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { type Handlers, mergeHandlers } from './ipc/handlers';
import { appHandlers } from './services/app/handlers';
import { NoticeBoard } from './services/app/notices';
import { bankQueries } from './services/banks/bank-queries';
import { bankHandlers } from './services/banks/handlers';
import { settingsHandlers } from './services/settings/handlers';
import { type SettingsBackendFactory, SettingsStore } from './settings/settings-store';
import { openDatabase } from './storage/open-database';

export interface AppCoreOptions {
  dataDir: string;
  mode: 'desktop' | 'browser';
  version: string;
  settingsBackend: SettingsBackendFactory;
}

/** Everything behind the IPC contract, with no Electron in it: shared by the desktop app, browser mode and tests. */
export interface AppCore {
  db: Database;
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

  const handlers = mergeHandlers(
    appHandlers({ version: options.version, mode: options.mode, dataDir: options.dataDir, databaseFile: file }, notices),
    settingsHandlers(settings),
    bankHandlers(bankQueries(db)),
  ) satisfies Handlers;

  let closed = false;
  return {
    db,
    settings,
    notices,
    handlers,
    dispatch: createDispatch(contract, handlers),
    close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
