import type { ExportFormat, ImportFormat } from './document';

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

export interface ImportPreview {
  fileName: string;
  format: ImportFormat;
  banks: ImportPreviewBank[];
  questionCount: number;
  /** Questions whose text is already in the same bank (or earlier in the same file). */
  duplicateCount: number;
  /** The first few duplicates, to show. */
  duplicates: ImportDuplicate[];
}

export interface ImportResult {
  banksCreated: number;
  banksRestored: number;
  questionsAdded: number;
  duplicatesSkipped: number;
  /** The banks the file's questions went into, in file order. */
  banks: { id: number; name: string }[];
}

export const exportMimeTypes: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv',
  markdown: 'text/markdown',
  anki: 'text/csv',
};

export const exportExtensions: Record<ExportFormat, string> = { json: 'json', csv: 'csv', markdown: 'md', anki: 'anki.csv' };
