import ElectronStore from 'electron-store';
import type { SettingsBackendFactory } from '../settings/settings-store';

/** Inside Electron the settings live in electron-store, in the same file `conf` uses in browser mode. */
export const electronStoreBackend: SettingsBackendFactory = ({ cwd, name }) => new ElectronStore<Record<string, unknown>>({ cwd, name });
