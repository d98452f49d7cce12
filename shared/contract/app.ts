import { z } from 'zod';
import type { AppInfo } from '../domain/app-info';
import { channel } from './channel';
import { noInput } from './empty';

export const appChannels = {
  'app.info': channel(noInput).returns<AppInfo>(),
  'app.dismissNotice': channel(z.strictObject({ id: z.string().min(1).max(200) })).returns<null>(),
};
