import type { RendererApi } from '../../shared/contract/api-types';
import type { MenuBridge } from '../../shared/shell/menu-commands';

declare global {
  interface Window {
    /** Present inside Electron (set by the preload); absent in browser mode. */
    api?: RendererApi;
    /** The desktop menu's commands (Electron only; browser mode has no menu). */
    menu?: MenuBridge;
  }
}
