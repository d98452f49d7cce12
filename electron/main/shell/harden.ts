import { type Session, shell, type WebContents } from 'electron';
import { isAppUrl, isSafeExternalUrl, shouldGrantPermission } from './security-policy';

/** Only microphone and camera, only for our own page; every other permission is denied. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(shouldGrantPermission(permission, details.requestingUrl || contents.getURL(), mediaTypes));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => shouldGrantPermission(permission, `${requestingOrigin}/`));
}

/**
 * No navigation away from the app and no new windows: links the user chooses
 * (mailto:, https:) open in the system's own programs, everything else is dropped.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
