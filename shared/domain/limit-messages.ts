/**
 * The wording of every "over the limit" message a user may read — under a form field, in an import's
 * list of rows that cannot be imported, in a refusal from the main process — so they all say the same
 * things the same way: the field, the limit, what was given, numbers grouped ("5,120"), a full stop.
 * No imports: text-rules (names) and text-limits (counters) both build on it.
 */

/**
 * A count as the UI writes it: 2000 → "2,000", 5120 → "5,120" (thousands grouped, as the intro texts and
 * counters write them). en-GB is fixed rather than the user's locale because every message around these
 * numbers is written in English.
 */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}
const count = formatCount;

/** The size zod checked a `.max()` against: a string's or a list's length, or a number itself. */
function sizeOf(input: unknown): number | null {
  if (typeof input === 'string' || Array.isArray(input)) return input.length;
  return typeof input === 'number' && Number.isFinite(input) ? input : null;
}

/** What is over its limit: text (its characters), a list (its items), or a number (its value). */
export type Measured = 'text' | 'list' | 'number';

/**
 * The sentence for a value over its limit, naming the field, the limit and what was given, with
 * grouped numbers and a full stop: "Question text can be at most 2,000 characters; this one has 5,120.",
 * "A plan can hold at most 200 questions; this one has 250.", "Suggested length can be at most 3,600
 * seconds; this one is 5,000." `unit` is what is counted; `actual` null when unknown (the clause is left out).
 */
export function overMaxMessage(field: string, max: number, unit: string, actual: number | null, measured: Measured = 'text'): string {
  const limit = `${field} ${measured === 'list' ? 'can hold' : 'can be'} at most ${count(max)} ${unit}`;
  if (actual === null) return `${limit}.`;
  return `${limit}; this one ${measured === 'number' ? 'is' : 'has'} ${count(actual)}.`;
}

/**
 * The zod `.max()` error option for any validation message a user may read (forms, imports, the main
 * process's refusals): `z.string().max(2000, overMax('Question text', 2000))` reports
 * "Question text can be at most 2,000 characters; this one has 5,120." Lists and numbers work the same
 * way (`overMax('A plan', 200, 'questions')` → "A plan can hold at most 200 questions; this one has 250.",
 * `overMax('Suggested length', 3600, 'seconds')`).
 */
export function overMax(field: string, max: number, unit = 'characters'): { error: (issue: { input?: unknown }) => string } {
  return {
    error: (issue) =>
      overMaxMessage(
        field,
        max,
        unit,
        sizeOf(issue.input),
        Array.isArray(issue.input) ? 'list' : typeof issue.input === 'number' ? 'number' : 'text',
      ),
  };
}

/**
 * `text` ending its sentence: a full stop added unless it already ends one. For messages put one after
 * another ("Row 4: column “text”: Question text cannot be empty. The row reads: …"), so none runs into the next.
 */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return trimmed;
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Several messages as one text, each its own sentence (see {@link asSentence}). */
export function sentences(texts: readonly string[]): string {
  return texts
    .map(asSentence)
    .filter((t) => t !== '')
    .join(' ');
}

/** A message quoted inside another sentence: its final full stop removed ("(the first: row 4, … has 5,120)."). */
export function asClause(text: string): string {
  return text.trim().replace(/\.$/, '');
}

/**
 * A list two windows added to at once that would go over its limit merged (issue 16, item 2: the plan, the
 * questions to ask). Never "reload": a reload throws away the user's unsaved choice. Names the limit, the
 * merged count and exactly how many to remove: "The plan can hold at most 200 questions; with the ones added
 * in another window meanwhile it would hold 203. Nothing was saved and nothing is lost: everything is listed
 * here. Remove 3, and the list saves." `list` starts the sentence ("The plan"); `unit` is what is counted.
 */
export function mergedOverMaxMessage(list: string, max: number, total: number, unit = 'questions'): string {
  const over = total - max;
  return `${list} can hold at most ${count(max)} ${unit}; with the ones added in another window meanwhile it would hold ${count(total)}. Nothing was saved and nothing is lost: everything is listed here. Remove ${count(over)}, and the list saves.`;
}
