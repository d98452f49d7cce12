import type { Diagnostics } from '../../../shared/domain/app-info';

/** The diagnostic facts as plain text to paste into a problem report. */
export function diagnosticsText(d: Diagnostics): string {
  return [
    `Rehearse ${d.version} (${d.mode} mode)`,
    `Platform: ${d.platform}; ${d.runtime}`,
    `Database: version ${d.schemaVersion}, ${d.databaseBytes} bytes; ${d.backups} backups`,
    `Rows: ${Object.entries(d.counts)
      .map(([table, n]) => `${table} ${n}`)
      .join(', ')}`,
    '',
    `Recent log (${d.recentLog.length} lines):`,
    ...d.recentLog,
  ].join('\n');
}
