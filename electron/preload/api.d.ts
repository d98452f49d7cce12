import type { RendererApi } from '../../shared/contract/api-types';
import type { RawSubscribe } from '../../shared/contract/events';
import type { MenuBridge } from '../../shared/shell/menu-commands';
import type { ShellBridge } from '../../shared/shell/flush-before-close';

declare global {
  interface Window {
    /** Present inside Electron (set by the preload); absent in browser mode. */
    api?: RendererApi;
    /** Events from the main process, inside Electron; absent in browser mode (which uses the event stream). */
    apiEvents?: { subscribe: RawSubscribe };
    /** The desktop menu's commands (Electron only; browser mode has no menu). */
    menu?: MenuBridge;
    /** Saving before the desktop window closes (Electron only). */
    shell?: ShellBridge;
  }
}
