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

const bankHeading = /^##\s+(.*?)\s*#*\s*$/;
const questionItem = /^(?:[-*+]|\d{1,6}[.)])\s+(.*)$/;
const detailItem = /^(?: {2,}|\t)[-*+]\s+([A-Za-z ]+?):\s?(.*)$/;
const continuation = /^(?: {2,}|\t)(.*)$/;

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
    if (detail && pending) {
      const field = detailLabels[(detail[1] ?? '').trim().toLowerCase()];
      if (!field) {
        problems.add({ at, message: `Unknown detail “${detail[1]}”. Known details: ${Object.keys(detailLabels).join(', ')}.` });
        return;
      }
      pending.row[field] = detail[2] ?? '';
      pending.last = field;
      return;
    }
    const more = continuation.exec(line);
    if (more && pending) {
      const joiner = pending.last === 'text' ? ' ' : '\n';
      pending.row[pending.last] = `${pending.row[pending.last] ?? ''}${joiner}${(more[1] ?? '').replace(/^ {2}/, '')}`;
      return;
    }
    if (bank && !pending) {
      descriptionLines.push(line.trim().replace(/^\\/, ''));
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

/** Indents every line after the first, so a multi-line value stays inside its list item. */
function block(value: string): string {
  return value.replace(/\r\n|\r|\n/g, '\n    ');
}

function questionMarkdown(q: ExportQuestion): string[] {
  const lines = [`- ${q.text.replace(/\r\n|\r|\n/g, '\n  ')}`];
  const detail = (label: string, value: string) => {
    if (value.trim()) lines.push(`  - ${label}: ${block(value)}`);
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
    out.push(`## ${bank.name}`, '');
    const description = bank.description.split(/\r\n|\r|\n/).filter((line) => line.trim());
    // A backslash keeps a description line that looks like a list item or heading from being read as one (Markdown hides it).
    if (description.length > 0)
      out.push(...description.map((line) => (/^\s*([-*+#]|\d+[.)])/.test(line) ? `\\${line.trimStart()}` : line)), '');
    for (const q of bank.questions) out.push(...questionMarkdown(q));
    out.push('');
  }
  return out.join('\n');
}
