import type { Database } from 'better-sqlite3';
import type { Emit } from '../../shared/contract/events';
import type { Jobs } from './events/jobs';
import type { NoticeBoard } from './services/app/notices';
import type { DataGeneration } from './services/data/data-generation';
import type { SettingsStore } from './settings/settings-store';

/** What every domain's services and handlers may use. Injected, so tests can fix the clock. */
export interface FeatureDeps {
  db: Database;
  /** The data folder: the database, settings, `recordings/` and `backups/` live here. */
  dataDir: string;
  databaseFile: string;
  settings: SettingsStore;
  notices: NoticeBoard;
  /** The current time; tests pass a fixed or stepping clock. */
  now: () => Date;
  /** Sends an event to every open window or tab (progress of long jobs). */
  emit: Emit;
  /** Long jobs with progress events and cancel (one registry, so `data.cancelJob` reaches every kind). */
  jobs: Jobs;
  /** The generation of the live data; restore and import renew it (issue 16, item 3). */
  generation: DataGeneration;
}
