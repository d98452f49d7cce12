import type { Database } from 'better-sqlite3';
import type { Diagnostics } from '../../../../shared/domain/app-info';
import type { AppLog } from '../../logging/app-log';
import { readUserVersion } from '../../storage/migrate';
import { listBackups } from '../data/backups';
import { databaseBytes } from '../data/data-status';
import { dataTables, quoteName } from '../data/tables';

/** How many log lines go into a report: enough to see the last session's errors, short enough to paste. */
export const diagnosticLogLines = 60;

/** Gathers the facts for a problem report; see `Diagnostics` for what is (and is not) in it. */
export function collectDiagnostics(
  deps: { db: Database; dataDir: string; databaseFile: string; log: AppLog },
  app: { version: string; mode: 'desktop' | 'browser' },
): Diagnostics {
  const counts: Record<string, number> = {};
  for (const table of dataTables(deps.db)) {
    counts[table.name] = deps.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${quoteName(table.name)}`).get()!.n;
  }
  const electron = process.versions.electron;
  return {
    ...app,
    platform: `${process.platform} ${process.arch}`,
    runtime: electron ? `electron ${electron}` : `node ${process.versions.node}`,
    schemaVersion: readUserVersion(deps.db),
    databaseBytes: databaseBytes(deps.databaseFile),
    counts,
    backups: listBackups(deps.dataDir).length,
    recentLog: deps.log.recent(diagnosticLogLines),
  };
}
