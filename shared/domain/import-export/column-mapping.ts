import type { FlatField } from './flat-field';

/** The columns our CSV export writes, in order; docs/import-formats.md describes each. */
export const csvColumns = [
  'bank',
  'bank_description',
  'text',
  'category',
  'tags',
  'difficulty',
  'suggested_seconds',
  'guidance',
  'star',
  'situation',
  'task',
  'action',
  'result',
  'notes',
  'archived',
] as const satisfies readonly (FlatField | 'bank' | 'bank_description')[];

/** What a column of a spreadsheet or Anki file can become: a Rehearse field, or nothing. */
export const columnFields = [...csvColumns, 'ignore'] as const;
export type ColumnField = (typeof columnFields)[number];

/** The names the mapping step shows for each field. */
export const columnFieldLabels: Record<ColumnField, string> = {
  text: 'Question text',
  bank: 'Bank',
  bank_description: 'Bank description',
  category: 'Category',
  tags: 'Tags',
  difficulty: 'Difficulty (1–3)',
  suggested_seconds: 'Suggested seconds',
  guidance: 'Guidance',
  star: 'STAR question (yes/no)',
  situation: 'STAR: Situation',
  task: 'STAR: Task',
  action: 'STAR: Action',
  result: 'STAR: Result',
  notes: 'My notes',
  archived: 'Archived (yes/no)',
  ignore: 'Ignore this column',
};

/**
 * Header spellings mapped for the user, after normalising (case, spaces, hyphens and punctuation
 * ignored). Our own export's column names come first; the rest are what people write in their own
 * sheets and what Anki calls its fields ("Front", "Back", "Deck").
 */
const synonyms: Record<string, ColumnField> = {};
const spellings: Record<Exclude<ColumnField, 'ignore'>, string[]> = {
  text: ['text', 'question', 'questions', 'question text', 'interview question', 'prompt', 'front', 'q'],
  bank: ['bank', 'bank name', 'question bank', 'deck'],
  bank_description: ['bank description', 'description'],
  category: ['category', 'topic', 'section', 'theme', 'competency'],
  tags: ['tags', 'tag', 'labels', 'keywords'],
  difficulty: ['difficulty', 'level'],
  suggested_seconds: ['suggested seconds', 'seconds', 'time limit', 'answer seconds'],
  guidance: ['guidance', 'hint', 'hints', 'tips', 'what they look for', 'what they are listening for'],
  star: ['star'],
  situation: ['situation'],
  task: ['task'],
  action: ['action'],
  result: ['result'],
  notes: ['notes', 'note', 'answer', 'answers', 'my answer', 'my notes', 'free notes', 'back'],
  archived: ['archived'],
};
for (const [field, names] of Object.entries(spellings)) for (const name of names) synonyms[headerKey(name)] = field as ColumnField;

/** `  My-Answer: ` → `my_answer`: the form headers are compared in. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/** The field a header key names: exactly, else by its leading words ("question_in_full" → text, "answer_short" → notes). */
function synonymOf(key: string): ColumnField | undefined {
  const words = key.split('_');
  for (let n = words.length; n > 0; n--) {
    const field = synonyms[words.slice(0, n).join('_')];
    if (field) return field;
  }
  return undefined;
}

/**
 * The mapping offered for a file's header row: each known spelling mapped to its field, the first
 * column claiming a field wins, and everything else (a "Date" column, a second "Answer") is set to
 * be ignored — shown to the user in the preview, never dropped silently.
 */
export function suggestMapping(headers: readonly string[]): ColumnField[] {
  const taken = new Set<ColumnField>();
  return headers.map((header) => {
    const field = synonymOf(headerKey(header));
    if (!field || taken.has(field)) return 'ignore';
    taken.add(field);
    return field;
  });
}

/** Problems with a mapping (a field chosen twice, no question text), as messages about the header line. */
export function mappingProblems(headers: readonly string[], mapping: readonly ColumnField[]): string[] {
  const problems: string[] = [];
  const seen = new Map<ColumnField, string>();
  mapping.forEach((field, i) => {
    if (field === 'ignore') return;
    const header = headers[i] || `column ${i + 1}`;
    const first = seen.get(field);
    if (first !== undefined) {
      problems.push(
        `The columns “${first}” and “${header}” are both set to ${columnFieldLabels[field]}: set one of them to another field or to Ignore.`,
      );
    } else seen.set(field, header);
  });
  if (!seen.has('text')) {
    problems.push('No column is set to Question text. Choose the column that holds the questions (the first row must name the columns).');
  }
  return problems;
}

/** One column as the preview shows it: its header, what it is mapped to, and its first non-empty value. */
export interface ImportColumn {
  header: string;
  field: ColumnField;
  sample: string;
}
