import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';
import { resolveDataDir } from '../data-dir';
import { appUserModelId } from './app-identity';

/** Where Chromium keeps the window's own browser data (Local Storage, caches, dictionaries), inside userData. */
export const chromiumDataFolderName = 'Chromium';

/**
 * Everything that must happen before the single-instance lock and before `ready`:
 * - `REHEARSE_DATA_DIR` moves Electron's `userData` too. The single-instance lock and
 *   Chromium's profile live there, so a test run or a portable copy never shares
 *   either with a Rehearse already open on the default folder
 *   (electronjs.org/docs/latest/api/app#appsetpathname-path: call before `ready`).
 * - Chromium's session data goes to `<userData>/Chromium`, so the data folder holds
 *   Rehearse's own files plus one folder, not Chromium's fifteen.
 * - Linux: Chromium talks to speech-dispatcher (the system's voices) only with
 *   `--enable-speech-dispatcher`; without it read-aloud finds no voice (electron/electron#22844).
 * - Windows: the AppUserModelID, as above.
 *
 * @returns the data folder (absolute), which is now also `userData`.
 */
export function prepareBeforeReady(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  const dataDir = resolveDataDir(env, () => app.getPath('userData'));
  const sessionData = join(dataDir, chromiumDataFolderName);
  // setPath throws for a folder that does not exist yet (same docs page).
  mkdirSync(sessionData, { recursive: true });
  app.setPath('userData', dataDir);
  app.setPath('sessionData', sessionData);
  if (platform === 'linux') app.commandLine.appendSwitch('enable-speech-dispatcher');
  if (platform === 'win32') app.setAppUserModelId(appUserModelId);
  return dataDir;
}
