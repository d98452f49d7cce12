/**
 * One rule for every CSV Rehearse writes (bank CSV, Anki CSV, answers CSV), so a file opened in
 * a spreadsheet never runs a cell as a formula ("CSV injection", OWASP: a cell starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula by Excel, LibreOffice and
 * Google Sheets).
 *
 * Plain CSV cells get a leading apostrophe, the spreadsheet convention for "this is text". To make
 * that reversible, a cell that already starts with apostrophes followed by one of those characters
 * gets one more, and the CSV reader removes exactly one: every text comes back unchanged.
 */
const formulaStart = /^'*[=+\-@\t\r]/;
const protectedStart = /^'+[=+\-@\t\r]/;

/** A text cell as written to a CSV file: `=HYPERLINK(…)` → `'=HYPERLINK(…)`; anything else unchanged. */
export function protectCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** The inverse of protectCell, applied by the CSV importer to every cell. */
export function unprotectCell(value: string): string {
  return protectedStart.test(value) ? value.slice(1) : value;
}

/**
 * For HTML fields (Anki): the first character is written as a numeric character reference, which
 * Anki shows as the character itself but no spreadsheet reads as a formula. A leading `#` is
 * escaped the same way, because Anki's reader takes a line starting with `#` for a comment.
 */
export function protectHtmlCell(html: string): string {
  const first = html.codePointAt(0);
  return first !== undefined && /^[=+\-@\t\r#]/.test(html) ? `&#${first};${html.slice(1)}` : html;
}
