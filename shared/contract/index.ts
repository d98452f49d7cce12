import { channelNames as listedNames } from './channel-names';
import { appChannels } from './app';
import { bankChannels } from './banks';
import { importExportChannels } from './import-export';
import { questionChannels } from './questions';
import { mergeTables } from './channel';
import { dataChannels } from './data';
import { fileChannels } from './files';
import { progressChannels } from './progress';
import { reflectionChannels } from './reflection';
import { sessionChannels } from './sessions';
import { settingsChannels } from './settings';

/**
 * Every IPC channel of the app. The preload API, the main-process binding,
 * the browser-mode bridge and the renderer client are all derived from this
 * table: adding a channel is one entry in a domain table plus one handler.
 */
export const contract = mergeTables(
  appChannels,
  settingsChannels,
  bankChannels,
  questionChannels,
  importExportChannels,
  sessionChannels,
  reflectionChannels,
  progressChannels,
  dataChannels,
  fileChannels,
);

export type Contract = typeof contract;
export type ChannelName = keyof Contract & string;
/** Every channel name, from the plain list the preload uses (checked against `contract`). */
export const channelNames: readonly ChannelName[] = listedNames;
