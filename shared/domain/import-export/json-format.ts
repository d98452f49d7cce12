import { z } from 'zod';
import type { Question } from '../questions';
import { questionFieldSchemas } from '../questions';
import { bankNameSchema } from '../banks';
import { checkDocumentLimits, ImportFileError, type ImportBank, type ImportDocument, type ImportProblem } from './document';
import { importBankFieldsSchema, importQuestionSchema } from './question-schema';
import { type ExportStory, importStorySchema, maxImportStories, storyRefProblems } from './story-format';

export const jsonFormatName = 'rehearse-question-banks';
export const jsonFormatVersion = 1;

const bankWithQuestions = z.strictObject({ ...importBankFieldsSchema, questions: z.array(importQuestionSchema) });

/** Our export: any number of banks. */
const exportFileSchema = z.strictObject({
  format: z.literal(jsonFormatName),
  formatVersion: z.literal(jsonFormatVersion),
  exportedAt: z.string().max(40).optional(),
  banks: z.array(bankWithQuestions),
  /** The story bank (optional; files from before it have none). */
  stories: z.array(importStorySchema).max(maxImportStories, `At most ${maxImportStories} stories in one file`).optional(),
});

/** One bank, the shape of the starter files (also accepted on import). */
const singleBankFileSchema = z.strictObject({
  formatVersion: z.literal(jsonFormatVersion),
  bank: z.strictObject(importBankFieldsSchema),
  questions: z.array(importQuestionSchema),
});

/** The starter banks shipped in resources/: every field present and a stable key on each bank and question. */
export const starterBankFileSchema = z.strictObject({
  formatVersion: z.literal(jsonFormatVersion),
  bank: z.strictObject({ key: z.string().regex(/^[a-z0-9-]+$/), name: bankNameSchema, description: z.string().min(1).max(2000) }),
  questions: z.array(
    z.strictObject({
      key: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
      ...questionFieldSchemas,
      guidance: questionFieldSchemas.guidance.pipe(z.string().min(1)),
      category: questionFieldSchemas.category.pipe(z.string().min(1)),
    }),
  ),
});
export type StarterBankFile = z.output<typeof starterBankFileSchema>;

/** What our JSON export writes for one question: every field, so importing it reproduces the question exactly. */
export type ExportQuestion = Omit<Question, 'id' | 'bankId' | 'bankName' | 'starterKey' | 'version'>;

export interface ExportBank {
  name: string;
  description: string;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
  questions: ExportQuestion[];
}

export function serializeJson(banks: ExportBank[], exportedAt: string, stories: ExportStory[] = []): string {
  const file = { format: jsonFormatName, formatVersion: jsonFormatVersion, exportedAt, banks, ...(stories.length > 0 ? { stories } : {}) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `banks.0.questions.3.text` → `banks[0].questions[3]` and `text`. */
function jsonPath(path: readonly PropertyKey[]): { at: string; field: string | undefined } {
  const parts = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`));
  const last = path[path.length - 1];
  const fieldIsName = typeof last === 'string';
  const head = fieldIsName ? parts.slice(0, -1) : parts;
  const at = head.join('').replace(/^\./, '');
  return { at: at ? `at ${at}` : 'at the top level', field: fieldIsName ? last : undefined };
}

function syntaxProblem(text: string, error: unknown): ImportProblem {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (position) {
    const offset = Number(position[1]);
    const line = text.slice(0, offset).split('\n').length;
    return { at: `line ${line}`, message: `This is not valid JSON (${message.replace(/^.*?: /, '').replace(/ in JSON.*$/, '')}).` };
  }
  const truncated = /end of (JSON )?input|Unterminated/i.test(message);
  return {
    at: `line ${text.split('\n').length}`,
    message: truncated ? 'The JSON ends too early: the file may be cut short.' : `This is not valid JSON (${message}).`,
  };
}

function toBank(raw: z.output<typeof bankWithQuestions>, at: string): ImportBank {
  return {
    name: raw.name,
    description: raw.description,
    archived: raw.archived,
    createdAt: raw.createdAt,
    updatedAt: raw.updatedAt,
    at,
    questions: raw.questions.map(({ key: _key, ...q }, i) => ({ ...q, at: `${at}.questions[${i}]` })),
  };
}

/** Parses our JSON export (or a single-bank file like the starter banks), naming the JSON path of every problem. */
export function parseJson(text: string): ImportDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImportFileError([syntaxProblem(text, error)]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ImportFileError([{ at: 'at the top level', message: 'Expected an object with “formatVersion” and “banks”.' }]);
  }
  if (!('formatVersion' in value)) {
    throw new ImportFileError([
      {
        at: 'at the top level',
        message: 'This JSON is not a Rehearse question bank file: it has no “formatVersion”. Export from Rehearse, or use CSV or Markdown.',
      },
    ]);
  }
  const version = (value as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > jsonFormatVersion) {
    throw new ImportFileError([
      {
        at: 'at the top level',
        field: 'formatVersion',
        message: `This file was made by a newer version of Rehearse (format ${version}). Update Rehearse to import it.`,
      },
    ]);
  }
  const single = 'bank' in value;
  const parsed = single ? singleBankFileSchema.safeParse(value) : exportFileSchema.safeParse(value);
  if (!parsed.success) {
    throw new ImportFileError(parsed.error.issues.slice(0, 20).map((issue) => ({ ...jsonPath(issue.path), message: issue.message })));
  }
  const data = parsed.data;
  const banks =
    'banks' in data
      ? data.banks.map((b, i) => toBank(b, `banks[${i}]`))
      : [toBank({ ...data.bank, questions: data.questions }, 'bank')].map((b) => ({
          ...b,
          questions: b.questions.map((q, i) => ({ ...q, at: `questions[${i}]` })),
        }));
  const stories = 'stories' in data ? (data.stories ?? []) : [];
  if ('banks' in data) {
    const problems = storyRefProblems(stories, data.banks);
    if (problems.length > 0) throw new ImportFileError(problems.slice(0, 20));
  }
  // Each reference becomes the bank's name and the question's text: banks of one name merge on import,
  // and a question skipped as a duplicate links the question already there.
  const doc: ImportDocument = {
    format: 'json',
    banks,
    stories: stories.map(({ questions, ...story }) => ({
      ...story,
      questions: questions.map((ref) => ({ bankName: banks[ref.bank]!.name, text: banks[ref.bank]!.questions[ref.question]!.text })),
    })),
  };
  checkDocumentLimits(doc);
  return doc;
}
