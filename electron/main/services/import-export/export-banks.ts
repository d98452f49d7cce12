import { dayOf } from '../../../../shared/domain/dates/format';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import { serializeAnkiCsv } from '../../../../shared/domain/import-export/anki-format';
import { serializeQuestionsCsv } from '../../../../shared/domain/import-export/csv-format';
import type { ExportFormat } from '../../../../shared/domain/import-export/document';
import { type ExportBank, serializeJson } from '../../../../shared/domain/import-export/json-format';
import { serializeQuestionsMarkdown } from '../../../../shared/domain/import-export/markdown-format';
import { type ExportedFile, exportExtensions, exportMimeTypes } from '../../../../shared/domain/import-export/transfer';
import { bankQueries } from '../banks/bank-queries';
import { perDatabase } from '../questions/per-database';
import { exportStories } from '../stories/story-transfer';
import { questionColumns, questionFromRow, type QuestionRow } from '../questions/question-rows';

export interface ExportRequest {
  bankId?: number | undefined;
  format: ExportFormat;
  includeArchived: boolean;
}

const statements = perDatabase((db: Database) =>
  db.prepare<{ bankId: number | null; includeArchived: 0 | 1 }, QuestionRow>(`
    SELECT ${questionColumns} FROM questions q JOIN banks b ON b.id = q.bank_id
    WHERE (@bankId IS NULL OR q.bank_id = @bankId) AND (@includeArchived = 1 OR q.archived_at IS NULL)
    ORDER BY q.id`),
);

/** Where each exported question sits in the file: `banks[bank].questions[question]`, by question id. */
export type ExportPlaces = Map<number, { bank: number; question: number }>;

/**
 * The banks to export with every question in them, in the order the app lists them. `places`, when
 * given, is filled with each question's place in the file (for the stories that link to it).
 */
export function loadExportBanks(db: Database, request: Omit<ExportRequest, 'format'>, places?: ExportPlaces): ExportBank[] {
  const banks =
    request.bankId === undefined ? bankQueries(db).list(request.includeArchived) : [bankQueries(db).byId(request.bankId) ?? notFound()];
  const byBank = new Map<number, ExportBank>(
    banks.map((b) => [
      b.id,
      { name: b.name, description: b.description, archived: b.archived, createdAt: b.createdAt, updatedAt: b.updatedAt, questions: [] },
    ]),
  );
  for (const row of statements(db).all({ bankId: request.bankId ?? null, includeArchived: request.includeArchived ? 1 : 0 })) {
    const { id, bankId, bankName: _bankName, starterKey: _starterKey, version: _version, ...exported } = questionFromRow(row);
    const bank = byBank.get(bankId);
    if (!bank) continue;
    places?.set(id, { bank: banks.findIndex((b) => b.id === bankId), question: bank.questions.length });
    bank.questions.push(exported);
  }
  return [...byBank.values()];
}

function notFound(): never {
  throw new AppError('not_found', 'That bank no longer exists.', [{ path: 'bankId', message: 'No such bank' }]);
}

/** `Common openers` → `common-openers`; safe on every file system. */
function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'bank'
  );
}

export function exportBanks(db: Database, request: ExportRequest, now: Date): ExportedFile {
  const places: ExportPlaces = new Map();
  const banks = loadExportBanks(db, request, places);
  const single = request.bankId !== undefined ? banks[0] : undefined;
  const title = single ? single.name : 'Rehearse question banks';
  const content =
    request.format === 'json'
      ? serializeJson(banks, now.toISOString(), exportStories(db, places, request.bankId === undefined))
      : request.format === 'csv'
        ? serializeQuestionsCsv(banks)
        : request.format === 'markdown'
          ? serializeQuestionsMarkdown(banks, title)
          : serializeAnkiCsv(banks);
  const date = dayOf(now);
  return {
    fileName: `rehearse-${single ? slug(single.name) : 'all-banks'}-${date}.${exportExtensions[request.format]}`,
    mimeType: exportMimeTypes[request.format],
    content,
    questionCount: banks.reduce((n, b) => n + b.questions.length, 0),
  };
}
