import type { z } from 'zod';
import { bankDescriptionSchema, bankNameSchema } from '../banks';
import { parseTagList } from '../questions';
import { foldKey } from '../text-rules';
import type { FlatField } from './flat-field';
import type { ImportBank, ImportQuestion, ProblemList } from './document';
import { importQuestionSchema } from './question-schema';

/**
 * The flat formats (CSV, Markdown) read every value as text. These helpers turn
 * those strings into typed values with messages that name the column, then
 * group rows into banks in the order they first appear.
 */

export type { FlatField } from './flat-field';

export type FlatRow = Partial<Record<FlatField, string>>;

const yes = new Set(['yes', 'y', 'true', '1', 'x']);
const no = new Set(['no', 'n', 'false', '0', '']);

function parseFlag(value: string | undefined, field: FlatField, at: string, problems: ProblemList): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (yes.has(v)) return true;
  if (no.has(v)) return false;
  problems.add({ at, field, message: `Must be “yes” or “no”, not “${value.slice(0, 40)}”` });
  return undefined;
}

function parseWhole(value: string | undefined, field: FlatField, at: string, problems: ProblemList, what: string): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^\s*\d+\s*$/.test(value)) {
    problems.add({ at, field, message: `${what}, not “${value.slice(0, 40)}”` });
    return undefined;
  }
  return Number(value);
}

const fieldOfPath: Record<string, FlatField> = {
  text: 'text',
  category: 'category',
  tags: 'tags',
  difficulty: 'difficulty',
  suggestedSeconds: 'suggested_seconds',
  guidance: 'guidance',
  star: 'star',
  situation: 'situation',
  task: 'task',
  action: 'action',
  result: 'result',
  free: 'notes',
  archived: 'archived',
};

function fieldOf(issue: z.core.$ZodIssue): string {
  const key = issue.path.find((p, i) => typeof p === 'string' && (p !== 'notes' || i === issue.path.length - 1));
  return typeof key === 'string' ? (fieldOfPath[key] ?? key) : '';
}

/** Validates one flat row as a question; adds problems and returns undefined when it is not valid. */
export function questionFromFlatRow(row: FlatRow, at: string, problems: ProblemList): ImportQuestion | undefined {
  const before = problems.total;
  const difficulty = parseWhole(row.difficulty, 'difficulty', at, problems, 'Difficulty must be 1, 2 or 3');
  const suggestedSeconds = parseWhole(row.suggested_seconds, 'suggested_seconds', at, problems, 'Suggested length must be whole seconds');
  const star = parseFlag(row.star, 'star', at, problems);
  const archived = parseFlag(row.archived, 'archived', at, problems);
  const parsed = importQuestionSchema.safeParse({
    text: row.text ?? '',
    category: row.category,
    tags: row.tags === undefined ? undefined : parseTagList(row.tags),
    difficulty,
    suggestedSeconds,
    guidance: row.guidance,
    star,
    notes: { situation: row.situation, task: row.task, action: row.action, result: row.result, free: row.notes },
    archived,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.add({ at, field: fieldOf(issue), message: issue.message });
    return undefined;
  }
  if (problems.total > before) return undefined;
  const { key: _key, ...question } = parsed.data;
  return { ...question, at };
}

/** Collects rows into banks keyed by name (as people read it: foldKey), keeping the order in which banks first appear. */
export class BankCollector {
  private readonly banks = new Map<string, ImportBank>();
  constructor(private readonly problems: ProblemList) {}

  /** The bank called `name`, created on first use; undefined (with a problem added) when the name is not valid. */
  bank(name: string, at: string, field: string): ImportBank | undefined {
    const parsed = bankNameSchema.safeParse(name);
    if (!parsed.success) {
      this.problems.add({ at, field, message: parsed.error.issues[0]?.message ?? 'Invalid bank name' });
      return undefined;
    }
    const key = foldKey(parsed.data);
    let bank = this.banks.get(key);
    if (!bank) {
      bank = { name: parsed.data, description: '', archived: false, questions: [], at };
      this.banks.set(key, bank);
    }
    return bank;
  }

  describe(bank: ImportBank, description: string, at: string, field: string): void {
    if (bank.description || !description.trim()) return;
    const parsed = bankDescriptionSchema.safeParse(description);
    if (parsed.success) bank.description = parsed.data;
    else this.problems.add({ at, field, message: parsed.error.issues[0]?.message ?? 'Invalid description' });
  }

  all(): ImportBank[] {
    return [...this.banks.values()];
  }
}

/** A bank name from a file name: `My questions.csv` → `My questions`. */
export function bankNameFromFileName(fileName: string): string {
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    .trim();
  return base.slice(0, 120).trim() || 'Imported questions';
}
