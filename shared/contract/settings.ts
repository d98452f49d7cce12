import { type Preferences, preferencesPatchSchema } from '../domain/settings';
import { channel } from './channel';
import { noInput } from './empty';

export const settingsChannels = {
  'settings.get': channel(noInput).returns<Preferences>(),
  'settings.update': channel(preferencesPatchSchema).returns<Preferences>(),
};
