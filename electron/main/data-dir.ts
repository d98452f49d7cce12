import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const appFolderName = 'Rehearse';

/**
 * The data folder: `REHEARSE_DATA_DIR` when set (tests, portable use), else
 * the platform default, which is the same folder Electron calls `userData`.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv, platformDefault: () => string = defaultUserDataDir): string {
  const override = env.REHEARSE_DATA_DIR?.trim();
  return override ? resolve(override) : platformDefault();
}

/** Electron's `userData` for this app, computed without Electron (browser mode). */
export function defaultUserDataDir(): string {
  const home = homedir();
  switch (process.platform) {
    case 'win32':
      return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), appFolderName);
    case 'darwin':
      return join(home, 'Library', 'Application Support', appFolderName);
    default:
      return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), appFolderName);
  }
}
