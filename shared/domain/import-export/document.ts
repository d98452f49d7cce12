import { asClause, formatCount, sentences } from '../limit-messages';
import type { z } from 'zod';
import type { importQuestionSchema } from './question-schema';
import type { ImportColumn } from './column-mapping';
import type { ImportStory } from './story-format';

/** Limits on one import, with the numbers the messages quote. */
export const importLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxQuestions: 10_000,
  maxBanks: 1_000,
  /** Problems listed before "and N more": enough to fix a file in one pass, short enough to read. */
  maxProblems: 20,
} as const;

export const importFormats = ['json', 'csv', 'markdown', 'anki'] as const;
export type ImportFormat = (typeof importFormats)[number];
export const exportFormats = ['json', 'csv', 'markdown', 'anki'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** One question read from a file, validated, with where it came from. */
export type ImportQuestion = Omit<z.output<typeof importQuestionSchema>, 'key'> & {
  /** "line 12" or "banks[0].questions[3]", for messages. */
  at: string;
};

export interface ImportBank {
  name: string;
  description: string;
  archived: boolean;
  createdAt?: string | undefined;
  updatedAt?: string | undefined;
  questions: ImportQuestion[];
  at: string;
}

export interface ImportDocument {
  format: ImportFormat;
  banks: ImportBank[];
  /** For spreadsheet-shaped files (CSV, Anki text): each column and the field it was read as. */
  columns?: ImportColumn[] | undefined;
  /** Stories (JSON files only), each question named by its bank and text in this file. */
  stories?: DocumentStory[] | undefined;
  /**
   * Spreadsheet-shaped files: the rows that cannot be imported (left out of `banks`), with the
   * file's header as written, so they can be saved as a file of their own and fixed.
   */
  skipped?: { header: string; rows: SkippedRow[] } | undefined;
}

/** A row of a spreadsheet-shaped file that cannot be imported, and everything wrong with it. */
export interface SkippedRow {
  /** `row 14` (CSV/TSV: the row a spreadsheet shows, the header being row 1) or `line 14` (Anki text). */
  at: string;
  /** What is wrong, each naming its column where there is one: `column “Question”: Question text cannot be empty`. */
  problems: string[];
  /** The row exactly as written in the file (line breaks inside quoted cells included). */
  text: string;
}

/** A story read from a file, its questions resolved to bank name and question text. */
export type DocumentStory = Omit<ImportStory, 'questions'> & { questions: { bankName: string; text: string }[] };

/** One thing wrong with a file: where (line or JSON path), which field, and what. */
export interface ImportProblem {
  at: string;
  field?: string | undefined;
  /** For spreadsheet-shaped files: the column's name as the file's header has it (named instead of the field). */
  column?: string | undefined;
  message: string;
}

/** Thrown by the parsers; the import service names the file and turns it into an invalid_input error. */
export class ImportFileError extends Error {
  readonly problems: ImportProblem[];
  constructor(problems: ImportProblem[]) {
    super(sentences(problems.map(describeProblem)));
    this.name = 'ImportFileError';
    this.problems = problems;
  }
}

export function describeProblem(problem: ImportProblem): string {
  const where = problem.at ? `${problem.at}, ` : '';
  const field = problem.column !== undefined ? `column “${problem.column}”: ` : problem.field ? `field “${problem.field}”: ` : '';
  return `${where}${field}${problem.message}`;
}

/** Collects problems up to the limit, so one pass shows many but a broken 10 MB file does not build a huge list. */
export class ProblemList {
  readonly items: ImportProblem[] = [];
  total = 0;
  add(problem: ImportProblem): void {
    this.total++;
    if (this.items.length < importLimits.maxProblems) this.items.push(problem);
  }
  /** The problems to show: the first ones, then "and N more". */
  list(): ImportProblem[] {
    const items = [...this.items];
    if (this.total > items.length) items.push({ at: '', message: `and ${this.total - items.length} more problems` });
    return items;
  }
  /** Throws when anything was added. */
  throwIfAny(): void {
    if (this.total > 0) throw new ImportFileError(this.list());
  }
}

/** Checks the whole-document limits every format shares. */
export function checkDocumentLimits(doc: ImportDocument): void {
  const count = doc.banks.reduce((n, b) => n + b.questions.length, 0);
  if (count > importLimits.maxQuestions) {
    throw new ImportFileError([
      {
        at: '',
        message: `One import can hold at most ${formatCount(importLimits.maxQuestions)} questions; this file has ${formatCount(count)}. Split it into smaller files.`,
      },
    ]);
  }
  if (doc.banks.length > importLimits.maxBanks) {
    throw new ImportFileError([
      {
        at: '',
        message: `One import can hold at most ${formatCount(importLimits.maxBanks)} banks; this file has ${formatCount(doc.banks.length)}. Split it into smaller files.`,
      },
    ]);
  }
  const skipped = doc.skipped?.rows.length ?? 0;
  if (skipped > importLimits.maxQuestions) {
    throw new ImportFileError([
      {
        at: '',
        message: `${formatCount(skipped)} rows of the file cannot be imported (the first: ${doc.skipped!.rows[0]!.at}, ${asClause(doc.skipped!.rows[0]!.problems[0] ?? '')}). Check the file is a list of questions.`,
      },
    ]);
  }
  if (doc.banks.length === 0 && skipped === 0) throw new ImportFileError([{ at: '', message: 'The file contains no banks or questions.' }]);
}
