import type { RendererApi } from '../../shared/contract/api-types';

declare global {
  interface Window {
    /** Present inside Electron (set by the preload); absent in browser mode. */
    api?: RendererApi;
  }
}
