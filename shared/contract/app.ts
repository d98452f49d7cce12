import { z } from 'zod';
import type { AppInfo, Diagnostics, RecoveryOutcome } from '../domain/app-info';
import { channel } from './channel';
import { noInput } from './empty';
import { rendererErrorSchema } from '../domain/renderer-error';

export const appChannels = {
  'app.info': channel(noInput).returns<AppInfo>(),
  'app.dismissNotice': channel(z.strictObject({ id: z.string().min(1).max(200) })).returns<null>(),
  /** Facts for a problem report (versions, counts, recent log lines), never the user's own text. */
  'app.diagnostics': channel(noInput).returns<Diagnostics>(),
  /** A sanitized report of a renderer fault (root error boundary, window error, unhandled rejection) for the log. */
  'app.reportError': channel(rendererErrorSchema).returns<null>(),
  /** Only while `app.info` reports `recovery`: set the damaged database aside and restore the newest verified backup. */
  'app.recoverFromBackup': channel(noInput).returns<RecoveryOutcome>(),
  /** Only while `app.info` reports `recovery`: set the damaged database aside and start with empty data. */
  'app.startFresh': channel(noInput).returns<RecoveryOutcome>(),
};
