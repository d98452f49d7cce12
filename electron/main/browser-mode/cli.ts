import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contract } from '../../../shared/contract/index';
import { resolveDataDir } from '../data-dir';
import { DataFolderInUseError } from '../data-lock';
import { confBackend } from '../settings/conf-backend';
import type { ScheduleOptions } from '../services/data/backup-schedule';
import { startApp } from '../start-app';
import { DataFolderError } from '../storage/failure-sentences';
import { DatabaseTooNewError, DatabaseUnreadableError } from '../storage/startup-errors';
import { startBridge } from './bridge-server';

const projectRoot = resolve(import.meta.dirname, '../../..');

/**
 * `REHEARSE_BACKUP_CHECK_MS`: how often the daily-backup schedule looks
 * (first look included). Unset = the app's defaults (10 s, then hourly); the
 * end-to-end tests shorten it to see a background failure reach an open tab.
 */
function backupScheduleFrom(raw: string | undefined): ScheduleOptions | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 100)
    throw new Error(`REHEARSE_BACKUP_CHECK_MS must be a whole number of milliseconds ≥ 100, not "${raw}".`);
  return { firstCheckMs: ms, checkEveryMs: ms };
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 5199;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`REHEARSE_PORT must be a whole number from 0 to 65535 (0 = any free port), not "${raw}".`);
  }
  return port;
}

async function main(): Promise<void> {
  const version = (JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const dataDir = resolveDataDir(process.env);
  const port = parsePort(process.env.REHEARSE_PORT);
  const backupSchedule = backupScheduleFrom(process.env.REHEARSE_BACKUP_CHECK_MS);
  const host = startApp({ dataDir, mode: 'browser', version, settingsBackend: confBackend, ...(backupSchedule ? { backupSchedule } : {}) });
  const bridge = await startBridge({
    contract,
    dispatch: host.dispatch,
    staticDir: resolve(projectRoot, 'out/renderer'),
    iconFile: resolve(projectRoot, 'resources/icon.png'),
    port,
    events: host.events,
    generation: host.generation,
  }).catch((error: unknown) => {
    // E.g. the port is taken: close the database cleanly and give the folder back before reporting.
    host.close();
    throw error;
  });

  console.log(`Rehearse (browser mode) — data in ${dataDir}`);
  if (!host.core())
    console.log('Your Rehearse database is damaged. Open the address below to choose how to recover it; nothing has been deleted.');
  console.log('Open this address in your browser:');
  console.log(bridge.url);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void bridge.close().then(() => {
      host.close();
      console.log(`Stopped on ${signal}; the database was closed cleanly.`);
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (
    error instanceof DataFolderInUseError ||
    error instanceof DatabaseTooNewError ||
    error instanceof DatabaseUnreadableError ||
    error instanceof DataFolderError ||
    (error instanceof Error && /^REHEARSE_(PORT|BACKUP_CHECK_MS)/.test(error.message))
  ) {
    console.error(error.message);
  } else {
    console.error('Rehearse could not start:', error);
  }
  process.exit(1);
});
