import { serializeCsv } from './csv';
import { protectCell, protectHtmlCell } from './spreadsheet-safe';
import type { ExportBank, ExportQuestion } from './json-format';

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/**
 * Plain text → Anki field HTML: escaped, with line breaks kept, and spaces that HTML would
 * collapse (at a line's ends, or one after another) written as `&nbsp;`, so the card shows the
 * text as typed and reads back unchanged.
 */
function html(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeHtml(line).replace(/^ | $| (?= )/g, '&nbsp;'))
    .join('<br>');
}

/** Anki tags cannot hold spaces; `::` would make a hierarchy, so colons go too. */
export function ankiTag(tag: string): string {
  return tag.trim().replace(/\s+/g, '_').replace(/:+/g, '_');
}

function back(q: ExportQuestion): string {
  const parts: string[] = [];
  if (q.guidance) parts.push(`<p><i>What they are listening for:</i> ${html(q.guidance)}</p>`);
  const notes = (
    [
      ['Situation', q.notes.situation],
      ['Task', q.notes.task],
      ['Action', q.notes.action],
      ['Result', q.notes.result],
      ['Notes', q.notes.free],
    ] as const
  ).filter(([, value]) => value.trim());
  if (notes.length > 0) parts.push(notes.map(([label, value]) => `<p><b>${label}:</b> ${html(value)}</p>`).join(''));
  return parts.join('<hr>');
}

/**
 * An Anki “Basic” note per question, as a CSV with Anki's file headers (Anki
 * 2.1.55+ reads them, so the import needs no settings): front = question,
 * back = guidance and my notes, tags, and a deck per bank (`Rehearse::Bank`).
 * Archived questions are left out: Anki is for practising.
 */
export function serializeAnkiCsv(banks: readonly ExportBank[]): string {
  const header = ['#separator:Comma', '#html:true', '#notetype:Basic', '#columns:Front,Back,Tags,Deck', '#tags column:3', '#deck column:4'];
  const rows: string[][] = [];
  for (const bank of banks) {
    for (const q of bank.questions) {
      if (q.archived) continue;
      // A front starting with "#" would be skipped by Anki as a comment line, and "=…" run as a formula in a spreadsheet.
      rows.push(
        [html(q.text), back(q), q.tags.map(ankiTag).join(' '), `Rehearse::${bank.name.replaceAll('::', ':')}`].map((field, i) =>
          i < 2 ? protectHtmlCell(field) : protectCell(field),
        ),
      );
    }
  }
  return `${header.join('\n')}\n${rows.length > 0 ? serializeCsv(rows) : ''}`;
}
