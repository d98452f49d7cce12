import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contract } from '../../../shared/contract/index';
import { createAppCore } from '../app-core';
import { resolveDataDir } from '../data-dir';
import { confBackend } from '../settings/conf-backend';
import { DatabaseCorruptError, DatabaseTooNewError } from '../storage/startup-errors';
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
  const core = createAppCore({ dataDir, mode: 'browser', version, settingsBackend: confBackend });
  const bridge = await startBridge({ contract, dispatch: core.dispatch, staticDir: resolve(projectRoot, 'out/renderer'), port });

  console.log(`Rehearse (browser mode) — data in ${dataDir}`);
  console.log('Open this address in your browser:');
  console.log(bridge.url);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void bridge.close().then(() => {
      core.close();
      console.log(`Stopped on ${signal}; the database was closed cleanly.`);
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (
    error instanceof DatabaseTooNewError ||
    error instanceof DatabaseCorruptError ||
    (error instanceof Error && error.message.startsWith('REHEARSE_PORT'))
  ) {
    console.error(error.message);
  } else {
    console.error('Rehearse could not start:', error);
  }
  process.exit(1);
});
