import { appChannels } from './app';
import { bankChannels } from './banks';
import { importExportChannels } from './import-export';
import { questionChannels } from './questions';
import { mergeTables } from './channel';
import { dataChannels } from './data';
import { deliveryChannels } from './delivery';
import { fileChannels } from './files';
import { progressChannels } from './progress';
import { readinessChannels } from './readiness';
import { reflectionChannels } from './reflection';
import { interviewAskChannels } from './interview-asks';
import { sessionChannels } from './sessions';
import { settingsChannels } from './settings';
import { storyChannels } from './stories';
import { reportChannels } from './report';

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
  interviewAskChannels,
  progressChannels,
  readinessChannels,
  dataChannels,
  fileChannels,
  deliveryChannels,
  storyChannels,
  reportChannels,
);

export type Contract = typeof contract;
export type ChannelName = keyof Contract & string;
/**
 * Every channel name, read from the table itself. (The preload and the renderer client use the plain list in
 * channel-names.ts instead, which keeps zod out of the preload; test/unit/ipc/channel-names.test.ts checks
 * that the two agree.)
 */
export const channelNames: readonly ChannelName[] = Object.keys(contract) as ChannelName[];
