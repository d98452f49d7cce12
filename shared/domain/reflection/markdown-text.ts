/**
 * Escaping user text for Markdown, so what was typed reads back as typed:
 * no accidental headings, lists, emphasis, links, HTML or entities.
 */

const inlineSpecials = /[\\`*_[\]<>|~]/g;
const entityLike = /&(?=#?[A-Za-z0-9]+;)/g;
// Markers that only mean something at the start of a line (headings, quotes, lists, rules).
const blockMarker = /^[#>+=-]/;
const orderedMarker = /^(\d+)([.)])/;

/** One line of user text, safe anywhere inside a Markdown line. */
export function escapeMarkdownLine(line: string): string {
  // Leading spaces would turn the line into a code block.
  return line
    .trim()
    .replace(inlineSpecials, (c) => `\\${c}`)
    .replace(entityLike, '\\&')
    .replace(blockMarker, (marker) => `\\${marker}`)
    .replace(orderedMarker, (_m, digits: string, mark: string) => `${digits}\\${mark}`);
}

/** User text as a paragraph: each typed line kept, as a hard line break. */
export function escapeMarkdownBlock(text: string): string {
  return text.trim().split(/\r?\n/).map(escapeMarkdownLine).join('  \n');
}

/** User text as a block quote, blank lines kept inside the quote. */
export function quoteMarkdown(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${escapeMarkdownLine(line)}` : '>'))
    .join('\n');
}

/** A file-name-safe slug: lowercase ASCII letters, digits and hyphens. */
export function slugify(text: string, max = 40): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/, '') || 'interview'
  );
}
