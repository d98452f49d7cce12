import type { ChannelName } from './index';

/**
 * The parts of the data a change can touch, named like the channel domains
 * (`banks.list` reads `banks`). A `data.changed` event names these, and the
 * renderer's query cache keys every read by its channel's domain, so one
 * name invalidates every cached read of that domain.
 */
export const dataDomains = [
  'app',
  'settings',
  'banks',
  'questions',
  'sessions',
  'reflection',
  'progress',
  'data',
  'files',
  'stories',
  'report',
] as const;

export type DataDomain = (typeof dataDomains)[number];

type DomainOf<N> = N extends `${infer D}.${string}` ? D : never;
// A channel in a domain missing from the list above is a compile error here.
const everyChannelDomainListed: DomainOf<ChannelName> extends DataDomain ? true : false = true;
void everyChannelDomainListed;

/** The domain of a channel name, e.g. `banks.list` → `banks`. */
export function domainOfChannel(channel: ChannelName): DataDomain {
  return channel.slice(0, channel.indexOf('.')) as DataDomain;
}
