import Conf from 'conf';
import type { SettingsBackendFactory } from './settings-store';

/** The settings engine outside Electron: `conf`, which electron-store wraps. */
export const confBackend: SettingsBackendFactory = ({ cwd, name }) =>
  new Conf<Record<string, unknown>>({ cwd, configName: name, projectName: 'rehearse' });
