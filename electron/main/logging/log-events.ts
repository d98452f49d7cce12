import type { JobProgress } from '../../../shared/contract/events';
import type { Notice } from '../../../shared/domain/app-info';
import type { Dispatch } from '../ipc/dispatch';
import type { EventSink } from '../events/event-hub';
import { channelChanges } from '../events/channel-changes';
import type { ChannelName } from '../../../shared/contract/index';
import type { AppLog } from './app-log';

/**
 * Logs each call that writes or fails: channel, transport, outcome code and
 * time taken. Successful reads are not logged (they are most calls and say
 * little); inputs and messages never are.
 */
export function logCalls(dispatch: Dispatch, log: AppLog): Dispatch {
  return async (channel, input, context) => {
    const started = performance.now();
    const result = await dispatch(channel, input, context);
    const writes = Object.hasOwn(channelChanges, channel) && channelChanges[channel as ChannelName].length > 0;
    if (!result.ok) {
      const fields = { channel, via: context.transport, code: result.error.code, ms: performance.now() - started };
      (result.error.code === 'internal_error' || result.error.code === 'storage_error' ? log.error : log.warn)('call.failed', fields);
    } else if (writes) {
      log.info('call.ok', { channel, via: context.transport, ms: performance.now() - started });
    }
    return result;
  };
}

/** Logs what events say about the app's life: notices by id, and how each long job ended. */
export function logEvents(log: AppLog): EventSink {
  return (name, payload) => {
    if (name === 'app.notice') {
      const notice = payload as Notice;
      log.warn('notice', { id: notice.id, level: notice.level });
    } else if (name === 'job.progress') {
      const job = payload as JobProgress;
      if (job.state !== 'running') log.info('job', { kind: job.kind, state: job.state, step: job.step, done: job.done, total: job.total });
    }
  };
}
