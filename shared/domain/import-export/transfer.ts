import type { ExportFormat, ImportFormat, ImportQuestion, SkippedRow } from './document';
import type { ImportColumn } from './question-table';

/** A file for the renderer to save: the main process never touches the user's file system for an export. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
  questionCount: number;
}

export interface ImportPreviewBank {
  name: string;
  /** `new` creates a bank; `existing` adds to the bank of that name; `archived` restores that archived bank and adds to it. */
  target: 'new' | 'existing' | 'archived';
  questionCount: number;
  duplicateCount: number;
}

export interface ImportDuplicate {
  bankName: string;
  text: string;
  /** Where in the file, e.g. `line 12`. */
  at: string;
}

/** One question exactly as it will be imported, for the preview's first rows. */
export type ImportPreviewRow = Omit<ImportQuestion, 'createdAt' | 'updatedAt'> & { bankName: string };

export interface ImportPreview {
  fileName: string;
  format: ImportFormat;
  /** The encoding the file was read in, e.g. "UTF-8" or "Windows-1252 (Western European)". */
  encoding: string;
  /** For spreadsheet-shaped files (CSV, Anki text): each column, what it is read as, and a sample value. */
  columns?: ImportColumn[] | undefined;
  /** The first questions exactly as they will be stored. */
  rows: ImportPreviewRow[];
  /**
   * Why the file cannot be imported with the current column mapping (a row's value, no question
   * column…). When not empty, nothing can be imported until the mapping is changed or the file fixed.
   */
  problems: string[];
  /**
   * Rows of a spreadsheet-shaped file that cannot be imported, each with what is wrong (its text cut
   * to 300 characters). The other rows can be imported without them (`skipRows` on import).
   */
  skipped: SkippedRow[];
  /** The skipped rows as a file of their own (the file's header, then each row as written), to save and fix; null when none. */
  skippedFile: ExportedFile | null;
  banks: ImportPreviewBank[];
  questionCount: number;
  /** Questions whose text is already in the same bank (or earlier in the same file). */
  duplicateCount: number;
  /** The first few duplicates, to show. */
  duplicates: ImportDuplicate[];
  /**
   * Duplicates of questions already here that carry notes (a JSON export is "a complete copy"):
   * `bring` questions here have empty note parts the file can fill; `differing` have a part
   * written differently in both, which stays as it is here.
   */
  notes: { bring: number; differing: number };
}

export interface ImportResult {
  banksCreated: number;
  banksRestored: number;
  questionsAdded: number;
  duplicatesSkipped: number;
  /** Questions already here whose empty note parts were filled from the file. */
  notesBrought: number;
  /** The banks the file's questions went into, in file order. */
  banks: { id: number; name: string }[];
  /** Stories the file added (JSON files with a story bank); absent when the file had none. */
  storiesAdded?: number;
}

export const exportMimeTypes: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv',
  markdown: 'text/markdown',
  anki: 'text/csv',
};

export const exportExtensions: Record<ExportFormat, string> = { json: 'json', csv: 'csv', markdown: 'md', anki: 'anki.csv' };
