import { z } from 'zod';
import type { EmailDraft } from './drafts';

/**
 * The longest `mailto:` URL Rehearse hands to the system, in characters after
 * percent-encoding (so non-Latin text counts as the 6–12 characters each of its
 * letters becomes). Windows' ShellExecute, which Electron's `shell.openExternal`
 * uses, fails above 2,081 characters (electron/electron#9987), and Internet
 * Explorer / Outlook cap URLs at 2,083 (Microsoft KB 208427); 2,000 leaves room.
 */
export const maxMailtoLength = 2000;

/** What "Open in my mail app" can do for a draft. */
export type MailtoLink =
  | { kind: 'link'; url: string }
  /** The address is empty or not one email address: nothing half-formed is opened. */
  | { kind: 'no-address' }
  /** The encoded link would be `length` characters, over {@link maxMailtoLength}: copy the draft instead. */
  | { kind: 'too-long'; length: number };

/**
 * Percent-encodes a `mailto:` header value per RFC 6068 §2: everything except
 * RFC 3986 unreserved characters (`A–Z a–z 0–9 - . _ ~`) is escaped as UTF-8
 * octets, including the sub-delims `! ' ( ) *` that `encodeURIComponent` leaves
 * alone, and every line break (CR, LF or CRLF) becomes `%0D%0A` (§5).
 */
export function encodeMailtoValue(text: string): string {
  return encodeURIComponent(text.replace(/\r\n|\r|\n/g, '\r\n')).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * A `mailto:` link (RFC 6068) to one address with the draft's subject and body,
 * or why there is none. The address must be a single valid email (the desktop
 * shell only opens mailto: links that name a recipient); its `@` stays literal.
 */
export function mailtoLink(to: string, draft: EmailDraft): MailtoLink {
  const address = to.trim();
  if (!z.email().safeParse(address).success) return { kind: 'no-address' };
  const recipient = encodeMailtoValue(address).replace(/%40/g, '@');
  const url = `mailto:${recipient}?subject=${encodeMailtoValue(draft.subject)}&body=${encodeMailtoValue(draft.body)}`;
  return url.length > maxMailtoLength ? { kind: 'too-long', length: url.length } : { kind: 'link', url };
}
