import { checkDocumentLimits, type ImportBank, type ImportDocument, ProblemList } from './document';
import { BankCollector, bankNameFromFileName, type FlatField, type FlatRow, questionFromFlatRow } from './flat-rows';
import type { ExportBank, ExportQuestion } from './json-format';

/** Detail lines under a question (`  - Label: value`), by the label people read and write. */
const detailLabels: Record<string, FlatField> = {
  category: 'category',
  tags: 'tags',
  difficulty: 'difficulty',
  'suggested seconds': 'suggested_seconds',
  star: 'star',
  guidance: 'guidance',
  situation: 'situation',
  task: 'task',
  action: 'action',
  result: 'result',
  notes: 'notes',
  archived: 'archived',
};

// CommonMark: an optional closing run of `#` must follow a space, so "C#" keeps its hash.
const bankHeading = /^##\s+(.*?)(?:\s+#+)?\s*$/;
// `[^]*`, not `.*`: a value may hold U+2028/U+2029, which `.` does not match.
const questionItem = /^(?:[-*+]|\d{1,6}[.)])\s+([^]*)$/;
const detailItem = /^( {2,}|\t+)[-*+]\s+([A-Za-z ]+?):[ \t]?([^]*)$/;
const continuation = /^(?: {2,}|\t)([^]*)$/;
/** A continuation line indented this deep (or by two tabs) can never be a detail of its own. */
const deepIndent = /^(?: {4}|\t\t)/;

/**
 * Lines of a value that the reader would take for something else are written with a leading
 * backslash, which the reader removes: empty lines, lines starting with white space, a list
 * marker, a heading, a quote or a backslash, and lines ending in white space. Markdown viewers
 * hide a backslash before punctuation, so the printed document still reads as typed.
 */
const needsEscape = (line: string) => line === '' || /^[\s\\#>*+-]|^\d+[.)]|\s$/.test(line);
const escapeLine = (line: string) => (needsEscape(line) ? `\\${line}` : line);

interface Pending {
  row: FlatRow;
  at: string;
  bank: ImportBank;
  /** The field later indented lines continue. */
  last: FlatField;
}

/**
 * Parses the simple Markdown shape: `## Bank name`, an optional paragraph
 * (the bank's description), then `- question` lines, each optionally followed
 * by indented `- Label: value` details. Questions before any heading go into a
 * bank named after the file. `#` and `###` headings are titles and are skipped.
 */
export function parseQuestionsMarkdown(text: string, fileName: string): ImportDocument {
  const problems = new ProblemList();
  const banks = new BankCollector(problems);
  let bank: ImportBank | undefined;
  let descriptionLines: string[] = [];
  let pending: Pending | undefined;

  const flushDescription = (at: string) => {
    if (bank && descriptionLines.length > 0) banks.describe(bank, descriptionLines.join('\n'), at, 'description');
    descriptionLines = [];
  };
  const flushQuestion = () => {
    if (!pending) return;
    const question = questionFromFlatRow(pending.row, pending.at, problems);
    if (question) pending.bank.questions.push(question);
    pending = undefined;
  };

  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    const at = `line ${index + 1}`;
    if (line.trim() === '') return;
    const heading = bankHeading.exec(line);
    if (heading) {
      flushQuestion();
      flushDescription(at);
      bank = banks.bank(heading[1] ?? '', at, 'bank name');
      return;
    }
    if (/^#/.test(line)) return;
    const item = questionItem.exec(line);
    if (item) {
      flushQuestion();
      flushDescription(at);
      bank ??= banks.bank(bankNameFromFileName(fileName), at, 'bank name');
      if (bank) pending = { row: { text: item[1] ?? '' }, at, bank, last: 'text' };
      return;
    }
    const detail = detailItem.exec(line);
    const field = detail ? detailLabels[(detail[2] ?? '').trim().toLowerCase()] : undefined;
    // Deeper lines are continuations unless they name a known detail (a hand-written file may indent details by four).
    if (detail && pending && (field || !deepIndent.test(line))) {
      if (!field) {
        problems.add({ at, message: `Unknown detail “${detail[2]}”. Known details: ${Object.keys(detailLabels).join(', ')}.` });
        return;
      }
      pending.row[field] = detail[3] ?? '';
      pending.last = field;
      return;
    }
    const more = continuation.exec(line);
    if (more && pending) {
      const rest = line.replace(/^(?: {1,4}|\t){1,2}/, '');
      const escaped = rest.startsWith('\\');
      if (pending.last === 'text' && !escaped && !deepIndent.test(line)) {
        problems.add({
          at,
          message: 'Indent a question that goes on to the next line by four spaces, or start a detail with “- Label: value”.',
        });
        return;
      }
      // An escaped line is a line of its own; a plain one continues the question's sentence (hand-wrapped) or the note's lines.
      const joiner = pending.last === 'text' && !escaped ? ' ' : '\n';
      pending.row[pending.last] = `${pending.row[pending.last] ?? ''}${joiner}${escaped ? rest.slice(1) : rest.trimStart()}`;
      return;
    }
    if (bank && !pending) {
      descriptionLines.push(line.startsWith('\\') ? line.slice(1) : line.trim());
      return;
    }
    problems.add({ at, message: 'Expected “## Bank name”, a “- question” line, or an indented “- Label: value” detail.' });
  });
  flushQuestion();
  flushDescription(`line ${lines.length}`);
  problems.throwIfAny();
  const doc: ImportDocument = { format: 'markdown', banks: banks.all() };
  checkDocumentLimits(doc);
  return doc;
}

const splitLines = (value: string) => value.split(/\r\n|\r|\n/);

/** Indents every line after the first by four spaces (escaped where needed), so a multi-line value stays inside its detail. */
function block(value: string): string {
  const [first = '', ...rest] = splitLines(value);
  return [first, ...rest.map((line) => `    ${escapeLine(line)}`)].join('\n');
}

function questionMarkdown(q: ExportQuestion): string[] {
  // Every further line of the question is escaped, so it reads back as a line of its own rather than a wrapped sentence.
  const [first = '', ...more] = splitLines(q.text);
  const lines = [`- ${first}`, ...more.map((line) => `    \\${line}`)];
  const detail = (label: string, value: string) => {
    if (value !== '') lines.push(`  - ${label}: ${block(value)}`);
  };
  detail('Category', q.category);
  detail('Tags', q.tags.join(', '));
  lines.push(`  - Difficulty: ${q.difficulty}`);
  lines.push(`  - Suggested seconds: ${q.suggestedSeconds}`);
  if (q.star) lines.push('  - STAR: yes');
  if (q.archived) lines.push('  - Archived: yes');
  detail('Guidance', q.guidance);
  detail('Situation', q.notes.situation);
  detail('Task', q.notes.task);
  detail('Action', q.notes.action);
  detail('Result', q.notes.result);
  detail('Notes', q.notes.free);
  return lines;
}

/** A readable, printable Markdown document that imports back (text, details and notes; not timestamps). */
export function serializeQuestionsMarkdown(banks: readonly ExportBank[], title: string): string {
  const out = [`# ${title}`, ''];
  for (const bank of banks) {
    // A name ending in "#" gets a closing run, so the reader does not take its hash for one.
    out.push(`## ${bank.name}${bank.name.endsWith('#') ? ' #' : ''}`, '');
    // A backslash keeps a description line that looks like a list item, heading or blank line from being read as one.
    if (bank.description !== '') out.push(...splitLines(bank.description).map(escapeLine), '');
    for (const q of bank.questions) out.push(...questionMarkdown(q));
    out.push('');
  }
  return out.join('\n');
}
