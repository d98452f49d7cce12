import { overMax } from './limit-messages';
import { z } from 'zod';
import { cleanName, foldKey, nameProblem, nameSchema, normalizeText } from './text-rules';

/** Limits shared by the forms, the IPC contract, the importers and the database checks. */
export const questionLimits = {
  textMax: 2000,
  categoryMax: 80,
  tagMax: 40,
  tagsMax: 20,
  guidanceMax: 2000,
  /** Each STAR part; long enough for a detailed story, short enough to say in a few minutes. */
  notesPartMax: 5000,
  freeNotesMax: 10000,
  suggestedSecondsMin: 10,
  suggestedSecondsMax: 1800,
} as const;

export const difficulties = [1, 2, 3] as const;
export type Difficulty = (typeof difficulties)[number];
export const difficultyLabels: Record<Difficulty, string> = { 1: 'Easier', 2: 'Standard', 3: 'Harder' };

export const starParts = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof starParts)[number];

/**
 * Trims, lower-cases and de-duplicates tags, so `Leadership` and `leadership `
 * filter as one. Commas and semicolons separate tags in the tags field and in
 * CSV and Markdown files, so inside a tag they become spaces.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const clean = cleanName(normalizeText(tag).replace(/[,;]/g, ' ')).toLowerCase();
    if (clean && !seen.has(foldKey(clean))) seen.set(foldKey(clean), clean);
  }
  return [...seen.values()];
}

/** Splits what a user typed into a tags field ("a, b; c") into tags. */
export function parseTagList(input: string): string[] {
  return normalizeTags(input.split(/[,;]/));
}

const trimmed = (max: number, what: string) =>
  z
    .string()
    .transform((s) => normalizeText(s).trim())
    .pipe(z.string().max(max, overMax(what, max)));

/** Question text: required, not just spaces, at most 2,000 characters. */
export const questionTextSchema = z
  .string()
  .transform((s) => normalizeText(s).trim())
  .pipe(z.string().min(1, 'Question text cannot be empty').max(questionLimits.textMax, overMax('Question text', questionLimits.textMax)));

export const tagsSchema = z
  .array(
    z
      .string()
      .max(questionLimits.tagMax, overMax('A tag', questionLimits.tagMax))
      .superRefine((tag, ctx) => {
        const problem = nameProblem(tag, `The tag “${tag.slice(0, 40)}”`);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
  )
  .max(questionLimits.tagsMax, overMax('A question', questionLimits.tagsMax, 'tags'))
  .transform(normalizeTags);

export const difficultySchema = z.literal(difficulties, { error: 'Difficulty must be 1, 2 or 3' });

export const suggestedSecondsSchema = z
  .number()
  .int('Suggested length must be whole seconds')
  .min(questionLimits.suggestedSecondsMin, `Suggested length must be at least ${questionLimits.suggestedSecondsMin} seconds.`)
  .max(questionLimits.suggestedSecondsMax, overMax('Suggested length', questionLimits.suggestedSecondsMax, 'seconds'));

export const notesSchema = z.strictObject({
  situation: z.string().max(questionLimits.notesPartMax, overMax('Situation', questionLimits.notesPartMax)).transform(normalizeText),
  task: z.string().max(questionLimits.notesPartMax, overMax('Task', questionLimits.notesPartMax)).transform(normalizeText),
  action: z.string().max(questionLimits.notesPartMax, overMax('Action', questionLimits.notesPartMax)).transform(normalizeText),
  result: z.string().max(questionLimits.notesPartMax, overMax('Result', questionLimits.notesPartMax)).transform(normalizeText),
  free: z.string().max(questionLimits.freeNotesMax, overMax('Notes', questionLimits.freeNotesMax)).transform(normalizeText),
});
/** The user's own answer notes: STAR plus free notes. */
export type StarNotes = z.output<typeof notesSchema>;
export const emptyNotes: StarNotes = { situation: '', task: '', action: '', result: '', free: '' };

/** Every editable field of a question, validated the same way wherever it comes from. */
export const questionFieldSchemas = {
  text: questionTextSchema,
  category: nameSchema('Category', questionLimits.categoryMax, { required: false }),
  tags: tagsSchema,
  difficulty: difficultySchema,
  suggestedSeconds: suggestedSecondsSchema,
  guidance: trimmed(questionLimits.guidanceMax, 'Guidance'),
  star: z.boolean(),
};

/**
 * What a new question gets for each field the user (or an imported file) leaves
 * out. The form, the IPC input and every importer take their defaults from here.
 */
export function questionDefaults() {
  return {
    category: '',
    tags: [] as string[],
    difficulty: 2 as Difficulty,
    suggestedSeconds: 120,
    guidance: '',
    star: false,
    notes: { ...emptyNotes },
  };
}

/** The optional fields of a new question, each with its default; shared by the IPC input and the importers. */
export const newQuestionFieldSchemas = {
  category: questionFieldSchemas.category.default(() => questionDefaults().category),
  tags: questionFieldSchemas.tags.default(() => questionDefaults().tags),
  difficulty: questionFieldSchemas.difficulty.default(() => questionDefaults().difficulty),
  suggestedSeconds: questionFieldSchemas.suggestedSeconds.default(() => questionDefaults().suggestedSeconds),
  guidance: questionFieldSchemas.guidance.default(() => questionDefaults().guidance),
  star: questionFieldSchemas.star.default(() => questionDefaults().star),
};

export const newQuestionSchema = z.strictObject({
  bankId: z.number().int().positive(),
  text: questionFieldSchemas.text,
  ...newQuestionFieldSchemas,
  notes: notesSchema.default(() => questionDefaults().notes),
});

/** A question as the app shows it: its stored fields, its bank's name, and archived as a flag. */
export const questionSchema = z.strictObject({
  id: z.number().int().positive(),
  bankId: z.number().int().positive(),
  bankName: z.string(),
  ...questionFieldSchemas,
  notes: notesSchema,
  /** Set for questions that ship with the app; null for the user's own. */
  starterKey: z.string().nullable(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The row version every autosave of the notes names as its base (see shared/domain/row-version). */
  version: z.number().int().min(0),
});
export type Question = z.output<typeof questionSchema>;
/** The fields the question form edits. */
export type QuestionFields = Pick<Question, keyof typeof questionFieldSchemas>;

/** What `createQuestion` needs; optional fields take the defaults above. */
export type NewQuestionInput = z.input<typeof newQuestionSchema>;
export type NewQuestion = z.output<typeof newQuestionSchema>;

export const questionPatchSchema = z.strictObject(questionFieldSchemas).partial();
export type QuestionPatch = z.output<typeof questionPatchSchema>;

/** Speaking pace used for the estimate; conversational English is about 120–150 words a minute. */
export const wordsPerMinute = 130;

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

export function notesWordCount(notes: StarNotes): number {
  return (
    countWords(notes.situation) + countWords(notes.task) + countWords(notes.action) + countWords(notes.result) + countWords(notes.free)
  );
}

/** Seconds it takes to say `words` words at `wordsPerMinute`, rounded to the nearest 5 s. */
export function speakingSeconds(words: number): number {
  return Math.round((words * 60) / wordsPerMinute / 5) * 5;
}

/** `95` → `1 min 35 s`, `120` → `2 min`, `40` → `40 s`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(s / 60);
  const rest = s % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** Compares an estimated speaking time with the question's suggested length, in words a person can act on. */
export function paceAdvice(estimatedSeconds: number, suggestedSeconds: number): 'empty' | 'short' | 'fits' | 'long' {
  if (estimatedSeconds === 0) return 'empty';
  if (estimatedSeconds > suggestedSeconds * 1.15) return 'long';
  if (estimatedSeconds < suggestedSeconds * 0.5) return 'short';
  return 'fits';
}

/** What makes two questions "the same text" for duplicate checks: case, spacing and a trailing question mark aside. */
export function duplicateKey(text: string): string {
  return foldKey(text).replace(/[?.!\s]+$/, '');
}
