/**
 * Electron security decisions as pure functions, so plain-Node tests can
 * assert them without the Electron runtime. The Electron layer only applies them.
 */

export const appScheme = 'app';
export const appHost = 'rehearse';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** webPreferences for every window: the renderer gets no Node and only the preload's named API. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  } as const;
}

/** True only for a page served by our own protocol (exact scheme and host, no look-alikes). */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${appScheme}:` && url.host === appHost;
  } catch {
    return false;
  }
}

/**
 * Only these permissions are ever granted, and only to our own page: the
 * microphone and camera for recordings, writing to the clipboard for
 * "Copy" on the thank-you and feedback drafts, and full screen for the
 * recording player's own full-screen button.
 */
export const grantablePermissions = new Set(['media', 'clipboard-sanitized-write', 'fullscreen']);
const grantableMediaTypes = new Set(['audio', 'video']);

export function shouldGrantPermission(permission: string, requestingUrl: string, mediaTypes: readonly string[] = []): boolean {
  if (!grantablePermissions.has(permission) || !isAppUrl(requestingUrl)) return false;
  return mediaTypes.every((type) => grantableMediaTypes.has(type));
}

/**
 * What `shell.openExternal` may open: `mailto:` links and `https:` URLs
 * with a real host, no credentials and no look-alike (punycode) labels.
 * `file:`, `javascript:`, `smb:` and custom schemes are refused.
 */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return url.pathname.length > 0 && !/[\r\n]/.test(raw);
  if (url.protocol !== 'https:') return false;
  // Punycode labels (`xn--`) are how look-alike hosts such as `аpple.com` (Cyrillic а) reach us.
  const lookAlike = url.hostname.split('.').some((label) => label.startsWith('xn--'));
  return url.hostname.length > 0 && !lookAlike && url.username === '' && url.password === '' && !/[\s\\]/.test(raw);
}
