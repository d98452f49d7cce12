import type { RendererApi } from '../../../shared/contract/api-types';
import { buildApi } from '../../../shared/contract/build-api';
import { channelNames } from '../../../shared/contract/channel-names';
import { bridgeToken, createBridgeInvoke } from './bridge-transport';
import { reloadOnStaleData } from './replaced-data';

/**
 * The typed client: Electron's preload API when present, else the browser-mode
 * bridge with the same shape. A write refused because the data was replaced
 * since the page loaded reloads the page (replaced-data.ts).
 */
export const api: RendererApi = reloadOnStaleData(window.api ?? buildApi(channelNames, createBridgeInvoke(bridgeToken())));
