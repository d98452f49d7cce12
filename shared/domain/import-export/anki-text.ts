import { compile } from 'html-to-text';
import { type ColumnField, suggestMapping } from './column-mapping';
import { type Delimiter, parseCsv, sniffDelimiter } from './csv';
import { ImportFileError } from './document';
import type { QuestionTable } from './question-table';
import { unprotectCell } from './spreadsheet-safe';

/**
 * Anki's "Notes in Plain Text" export and the text files Anki imports (Anki manual, "Importing →
 * Text files → File headers"): `#key:value` lines at the top of the file set the separator, whether
 * fields hold HTML, column names, tags for every note, and which columns hold the deck, note type,
 * GUID and tags (1-based). Every later line starting with `#` is a comment, as in Anki's reader.
 */
const headerLine = /^#(separator|html|tags|columns|notetype|deck|guid column|notetype column|deck column|tags column|if matches):(.*)$/i;

/** True when the text starts with Anki's file headers. */
export function looksLikeAnkiText(text: string): boolean {
  return headerLine.test(text.slice(0, text.search(/\r|\n|$/)));
}

const separatorNames: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', space: ' ', pipe: '|', colon: ':' };

// Compiled once: building html-to-text's converter per call costs ~100 ms per kilobyte of fields.
const convert = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'hr', format: 'skip' },
    { selector: 'p', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
  ],
});

// A private-use character stands in for a tab while html-to-text runs: HTML collapses a tab (raw or `&#9;`) into a
// space, but a tab in a note was typed (our export writes it as it is), so it comes back as a tab.
const tabMark = '\uE009';
const htmlTab = /\t|&#0*9;|&#x0*9;/gi;

/** Anki's HTML fields as the plain text Rehearse stores: line breaks and tabs kept, tags, links and images dropped, entities decoded. */
export function ankiHtmlToText(html: string): string {
  // Anki's editor (and our export) writes `&nbsp;` to keep runs of spaces; people meant spaces.
  return convert(html.replace(htmlTab, tabMark)).replaceAll('\u00a0', ' ').replaceAll(tabMark, '\t').trim();
}

/** Anki tags are separated by spaces; Rehearse's tag lists by semicolons. */
const ankiTags = (value: string) => value.trim().split(/\s+/).filter(Boolean).join('; ');

/** `Rehearse::Common openers` (our own Anki export's deck) → `Common openers`; other decks keep their full name. */
const deckName = (value: string) => value.replace(/^Rehearse::/, '');

/** An Anki text file → a table whose columns are named by `#columns:` (or "Field 1", "Field 2"…) and the special column headers. */
export function readAnkiTable(text: string): QuestionTable {
  const lines = text.split(/\r\n|\n|\r/);
  const headers = new Map<string, string>();
  let bodyStart = 0;
  for (const line of lines) {
    const match = headerLine.exec(line);
    if (!match) break;
    headers.set(match[1]!.toLowerCase(), match[2]!.trim());
    bodyStart++;
  }
  const body = lines.slice(bodyStart).join('\n');
  const named = headers.get('separator');
  const delimiter = named === undefined ? sniffDelimiter(body) : (separatorNames[named.toLowerCase()] ?? named);
  if ([...delimiter].length !== 1 || delimiter === '"' || delimiter === '\n') {
    throw new ImportFileError([{ at: 'line 1', message: `Anki's #separator header “${named}” is not one Rehearse can read.` }]);
  }
  const html = (headers.get('html') ?? 'false').toLowerCase() === 'true';
  const records = parseCsv(body, delimiter as Delimiter, { comment: '#', lenientQuotes: true }).map((r) => ({
    ...r,
    line: r.line + bodyStart,
  }));
  const width = Math.max(0, ...records.map((r) => r.fields.length));
  const declared = headers.get('columns')?.split(delimiter) ?? [];
  const names = Array.from({ length: Math.max(width, declared.length) }, (_, i) => declared[i]?.trim() || `Field ${i + 1}`);
  const special: [string, string, ColumnField][] = [
    ['tags column', 'Tags', 'tags'],
    ['deck column', 'Deck', 'bank'],
    ['notetype column', 'Note type', 'ignore'],
    ['guid column', 'GUID', 'ignore'],
  ];
  const fixed = new Map<number, ColumnField>();
  for (const [key, name, field] of special) {
    const column = Number(headers.get(key));
    if (Number.isInteger(column) && column >= 1 && column <= names.length) {
      names[column - 1] = declared[column - 1]?.trim() || name;
      fixed.set(column - 1, field);
    }
  }
  const suggested = suggestMapping(names).map((field, i) => fixed.get(i) ?? field);
  // Unnamed note fields: the first is the question (Front), the second my notes (Back), as Anki's Basic note type reads them.
  const free = names.map((n, i) => (/^Field \d+$/.test(n) && !fixed.has(i) ? i : -1)).filter((i) => i >= 0);
  for (const [k, field] of (['text', 'notes'] as const).entries()) {
    const i = free[k];
    if (i !== undefined && !suggested.includes(field)) suggested[i] = field;
  }
  return {
    kind: 'anki',
    headers: names,
    suggested,
    source: body,
    preamble: lines.slice(0, bodyStart).join('\n'),
    records: records.map((r) => ({ ...r, fields: [...r.fields, ...Array<string>(names.length - r.fields.length).fill('')] })),
    cellText: (cell, field) => {
      // The spreadsheet-safety apostrophe our Anki export puts before a tag or deck cell starting with `=`, `+`, `-` or `@`
      // (spreadsheet-safe.ts). Front and back are written with protectHtmlCell instead (a character reference, no
      // apostrophe), so an apostrophe there is the user's own text: "'+" must come back as "'+".
      const value = field === 'tags' || field === 'bank' ? unprotectCell(cell) : cell;
      const plain = html ? ankiHtmlToText(value) : value;
      return field === 'tags' ? ankiTags(plain) : field === 'bank' ? deckName(plain) : plain;
    },
    fileTags: headers.get('tags') ? ankiTags(headers.get('tags')!) : undefined,
    fileBank: headers.get('deck') ? deckName(headers.get('deck')!) : undefined,
  };
}
