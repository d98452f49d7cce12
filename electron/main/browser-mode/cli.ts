import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contract } from '../../../shared/contract/index';
import { resolveDataDir } from '../data-dir';
import { DataFolderInUseError } from '../data-lock';
import { confBackend } from '../settings/conf-backend';
import { startApp } from '../start-app';
import { DatabaseTooNewError, DatabaseUnreadableError } from '../storage/startup-errors';
import { startBridge } from './bridge-server';

const projectRoot = resolve(import.meta.dirname, '../../..');

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
  const host = startApp({ dataDir, mode: 'browser', version, settingsBackend: confBackend });
  const bridge = await startBridge({ contract, dispatch: host.dispatch, staticDir: resolve(projectRoot, 'out/renderer'), port }).catch(
    (error: unknown) => {
      // E.g. the port is taken: close the database cleanly and give the folder back before reporting.
      host.close();
      throw error;
    },
  );

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
    (error instanceof Error && error.message.startsWith('REHEARSE_PORT'))
  ) {
    console.error(error.message);
  } else {
    console.error('Rehearse could not start:', error);
  }
  process.exit(1);
});
