import { appChannels } from './app';
import { bankChannels } from './banks';
import { mergeTables } from './channel';
import { settingsChannels } from './settings';

/**
 * Every IPC channel of the app. The preload API, the main-process binding,
 * the browser-mode bridge and the renderer client are all derived from this
 * table: adding a channel is one entry in a domain table plus one handler.
 */
export const contract = mergeTables(appChannels, settingsChannels, bankChannels);

export type Contract = typeof contract;
export type ChannelName = keyof Contract & string;
export const channelNames = Object.keys(contract) as ChannelName[];
