import type { ChannelName } from '../../../shared/contract/index';
import type { Dispatch } from '../ipc/dispatch';
import { channelChanges } from './channel-changes';
import type { EventHub } from './event-hub';

/**
 * Wraps a dispatcher so that every successful write announces the domains it
 * changed (`data.changed`), after the handler has answered: every window and
 * tab then refreshes those reads, including the one that wrote.
 */
export function announceChanges(dispatch: Dispatch, hub: Pick<EventHub, 'emit'>): Dispatch {
  return async (channel, input, context) => {
    const result = await dispatch(channel, input, context);
    const domains = result.ok && Object.hasOwn(channelChanges, channel) ? channelChanges[channel as ChannelName] : [];
    if (domains.length > 0) hub.emit('data.changed', { domains: [...new Set(domains)] });
    return result;
  };
}
