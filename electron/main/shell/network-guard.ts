import type { Session } from 'electron';
import { isAppUrl } from './security-policy';
import type { ShellLog } from './shell-log';

/**
 * Where Chromium would fetch Hunspell dictionaries from (Windows and Linux; macOS uses
 * the system's spellchecker). By default that is a Google CDN, which would break
 * "nothing leaves your machine" (electronjs.org/docs/latest/tutorial/spellchecker,
 * "Does the spellchecker use any Google services?"). A loopback address on the discard
 * port: nothing is looked up in DNS and nothing leaves the machine; the fetch just fails
 * and the spellchecker stays off unless a dictionary is already in the profile.
 */
export const dictionaryDownloadUrl = 'http://127.0.0.1:9/';

/** Schemes the page may load besides app://rehearse: in-memory data only (recordings play from blob:). */
const localSchemes = new Set(['blob:', 'data:', 'devtools:', 'chrome-extension:']);

/** True for a request that stays inside the app. */
export function isLocalRequest(raw: string): boolean {
  if (isAppUrl(raw)) return true;
  try {
    return localSchemes.has(new URL(raw).protocol);
  } catch {
    return false;
  }
}

/**
 * No request leaves `app://` (CSP already refuses them in the page; this also covers
 * anything the session itself starts): every other request is cancelled and logged.
 */
export function guardNetwork(session: Session, log: ShellLog): void {
  session.setSpellCheckerDictionaryDownloadURL(dictionaryDownloadUrl);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isLocalRequest(details.url);
    if (!allowed) log('request-blocked', { url: details.url.slice(0, 200), resourceType: details.resourceType });
    callback({ cancel: !allowed });
  });
}
