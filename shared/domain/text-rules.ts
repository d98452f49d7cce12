import { overMax } from './limit-messages';
import { z } from 'zod';

/**
 * One rule for text the user typed or imported, used wherever text is stored or compared
 * (banks, categories, tags, questions, notes, search, duplicate detection, interview names):
 *
 * - **Stored as NFC** (Unicode canonical composition): "Café" typed with a combining accent and
 *   "Café" typed with a precomposed é are the same characters on disk; line breaks are stored as LF.
 * - **Compared by `foldKey`**: NFKC, then full Unicode case folding (see below), with runs of
 *   spaces collapsed and the ends trimmed, so "CAFÉ", "café" and "Cafe\u0301" are one name, as
 *   "ABC" and "abc" are.
 * - **Names display as typed**: a name (bank, category, tag, company, role, action title) may not
 *   hold control characters (NUL, escape sequences, line breaks), bidirectional overrides or
 *   isolates (U+202A–U+202E, U+2066–U+2069), lone surrogates, or consist only of invisible
 *   characters (zero-width spaces and joiners, U+200B–U+200D, U+2060, U+FEFF…).
 */

// Text with no character above U+007F: NFC, NFKC and case folding leave it as it is apart from
// A–Z → a–z, so the Unicode passes below can be skipped. Most imported and typed text is like this,
// and the passes dominated a 10,000-question import (issue 13, item 7).
// eslint-disable-next-line no-control-regex -- the range is every ASCII character, controls included
const ascii = /^[\x00-\x7f]*$/;

/**
 * The stored form of any text: NFC, with every line break as LF. A CRLF or a lone CR (from a
 * Windows or old Mac file, a spreadsheet cell, a paste) becomes LF, as a text box gives it: the
 * box would turn it into LF on the next edit anyway, and Markdown, Anki and the text boxes cannot
 * carry a CR, so keeping one would make the same note differ between formats.
 */
export function normalizeText(text: string): string {
  const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return ascii.test(lf) ? lf : lf.normalize('NFC');
}

/**
 * The comparison key of a name or text: NFKC, case-folded, spaces collapsed and trimmed.
 * JavaScript has no case-fold primitive; lower-, upper- then lower-casing is the full case folding
 * of the Unicode CaseFolding.txt `C`+`F` mappings for every letter people type in names (ß → ss,
 * final sigma ς → σ, ﬁ → fi through NFKC), without a locale's special rules (Turkish dotless i).
 * The leading lower-casing matters for capitals whose lower case folds further (capital sharp s
 * ẞ → ß → SS → ss); without it the key of a key could differ from the key.
 */
export function foldKey(text: string): string {
  if (ascii.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text.normalize('NFKC').toLowerCase().toUpperCase().toLowerCase().normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** True when two names or texts are the same as people read them. */
export function sameText(a: string, b: string): boolean {
  return foldKey(a) === foldKey(b);
}

// C0 and C1 controls and DEL (Cc) — NUL, ESC of ANSI escape sequences, tabs and line breaks.
const control = /\p{Cc}/u;
// Bidirectional embeddings, overrides and isolates (Unicode Bidi Algorithm, UAX #9 §2).
const bidiOverride = /[\u202A-\u202E\u2066-\u2069]/u;
// Invisible characters: format characters (Cf: zero-width space, joiners, word joiner, BOM, marks…) and white space.
const invisible = /^[\p{Cf}\p{White_Space}\u115F\u1160\u3164\uFFA0]*$/u;

/**
 * Why `name` cannot be a name, as a sentence for the field; null when it is fine. `what` names the
 * field in the message ("Bank name", "Tag").
 */
export function nameProblem(name: string, what: string): string | null {
  if (/\p{Cs}/u.test(name)) return `${what} contains a broken character. Type it again.`;
  if (control.test(name)) return `${what} cannot contain control characters (such as line breaks, tabs or escape codes).`;
  if (bidiOverride.test(name))
    return `${what} cannot contain text-direction override characters, which make text show differently from what it is.`;
  if (/[^\p{White_Space}]/u.test(name) && invisible.test(name))
    return `${what} cannot be only invisible characters. Type a name people can see.`;
  return null;
}

/** A name as it is stored: NFC, inner runs of spaces collapsed to one, ends trimmed. */
export function cleanName(name: string): string {
  return normalizeText(name).replace(/\s+/g, ' ').trim();
}

/**
 * A zod schema for a user-visible name: cleaned (see cleanName), checked by nameProblem, then
 * required (unless `optional`) and at most `max` characters, each with a message naming `what`.
 */
export function nameSchema(what: string, max: number, options: { required?: string | false } = {}) {
  const required = options.required === undefined ? `${what} cannot be empty` : options.required;
  const tooLong = overMax(what, max);
  return z
    .string()
    .superRefine((value, ctx) => {
      // Checked before cleaning, so a tab or line break is reported rather than silently turned into a space.
      const problem = nameProblem(normalizeText(value), what);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform(cleanName)
    .pipe(required ? z.string().min(1, required).max(max, tooLong) : z.string().max(max, tooLong));
}

/** A zod schema for free text (question text, guidance, notes): stored as NFC; other checks are the caller's. */
export const storedText = z.string().transform(normalizeText);
