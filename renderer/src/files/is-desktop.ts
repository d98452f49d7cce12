/** True inside the Electron app (the preload exposed `window.api`); false in browser mode. */
export function isDesktop(): boolean {
  return window.api !== undefined;
}
