import type { HandlersFor } from '../../ipc/handlers';
import type { SettingsStore } from '../../settings/settings-store';

export function settingsHandlers(settings: SettingsStore): HandlersFor<'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => settings.getPreferences(),
    'settings.update': (patch) => settings.updatePreferences(patch),
  };
}
