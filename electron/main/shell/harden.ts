import { dialog, type Session, shell, type WebContents } from 'electron';
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
    if (isSafeExternalUrl(url)) void openOutside(url);
    return { action: 'deny' };
  });
}

/**
 * Opens a link in the system's own program and says so when that fails (no mail
 * app set up, or Windows refusing a URL over ~2,081 characters) instead of
 * leaving the click silently doing nothing.
 */
export async function openOutside(url: string): Promise<void> {
  try {
    await shell.openExternal(url);
  } catch (error) {
    const mail = url.startsWith('mailto:');
    await dialog.showMessageBox({
      type: 'warning',
      message: mail ? 'Rehearse could not open your mail app' : 'Rehearse could not open that link',
      detail: `${error instanceof Error ? error.message : String(error)}\n\n${
        mail
          ? 'Use the Copy button under the draft and paste the message into a new email instead.'
          : 'Copy the address and open it in your browser instead.'
      }`,
    });
  }
}
