import { clearLocalDraft, keepLocalDraft, readLocalDraft } from './local-drafts';

/**
 * Unsaved typing in a form that saves only on its button (a story, a session's reflection), kept in this
 * browser's storage (local-drafts) so a reload, the Back button or a closed window does not throw it away
 * (walker's walk: a new story's four STAR parts were gone after a reload, without a warning).
 *
 * Kept as `{ base, draft }`: `base` is what the form loaded. On restore only the fields the user changed from
 * that base are applied over the values as they are now, so a field changed in another window and not
 * touched here is not put back to its old value.
 */

/** One field's value: text, a number or a tick box as the form holds it, or a list of names (a story's competencies). */
export type TypedValue = string | number | boolean | readonly string[];
/** A form's values. */
export type TypedValues = Record<string, TypedValue>;

interface Kept<T> {
  base: T;
  draft: T;
}

const sameValue = (a: TypedValue, b: TypedValue) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : a === b;

/** True when `draft` differs from `base` in any of base's fields. */
export function typingChanged<T extends TypedValues>(draft: T, base: T): boolean {
  return Object.keys(base).some((key) => !sameValue(draft[key]!, base[key]!));
}

/** True when `value` has exactly the fields of `like`, each of the same kind (storage is outside input). */
function sameShape<T extends TypedValues>(value: unknown, like: T): value is T {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return Object.entries(like).every(([key, v]) =>
    Array.isArray(v)
      ? Array.isArray(record[key]) && (record[key] as unknown[]).every((item) => typeof item === 'string')
      : typeof record[key] === typeof v && (typeof v !== 'number' || Number.isFinite(record[key])),
  );
}

/**
 * The kept typing under `key` applied over `current`, or null when nothing was kept, the copy does not have
 * `current`'s shape, `valid` refuses it (a choice that is not one of the form's), or it changes nothing.
 */
export function restoreTyping<T extends TypedValues>(key: string, current: T, valid: (draft: T) => boolean = () => true): T | null {
  const kept = readLocalDraft(key) as Partial<Kept<unknown>> | undefined;
  if (!kept || !sameShape(kept.base, current) || !sameShape(kept.draft, current) || !valid(kept.draft)) return null;
  const { base, draft } = kept;
  const restored: Record<string, TypedValue> = { ...current };
  for (const field of Object.keys(current)) if (!sameValue(draft[field]!, base[field]!)) restored[field] = draft[field]!;
  return typingChanged(restored as T, current) ? (restored as T) : null;
}

/** Keeps `draft` when it differs from `base`; removes the copy when it does not (typed back, or saved). */
export function keepTyping<T extends TypedValues>(key: string, base: T, draft: T): void {
  if (typingChanged(draft, base)) keepLocalDraft(key, { base, draft } satisfies Kept<T>);
  else clearLocalDraft(key);
}

/** Removes the kept typing (after a save, or when the user discards it). */
export const dropTyping = (key: string): void => clearLocalDraft(key);

/** True when typing is kept under `key` (a page can open the form it belongs to, e.g. a bank's edit form). */
export const hasKeptTyping = (key: string): boolean => readLocalDraft(key) !== undefined;

/** Storage keys of the forms that keep typing, in one place so two forms never share one. */
export const typingKeys = {
  story: (storyId: number | null) => (storyId === null ? 'stories.new' : `stories.${storyId}`),
  sessionReflection: (sessionId: number) => `session-reflection.${sessionId}`,
  question: (questionId: number) => `questions.${questionId}`,
  newQuestion: (bankId: number) => `banks.${bankId}.new-question`,
  interview: (interviewId: number | null) => (interviewId === null ? 'interviews.new' : `interviews.${interviewId}`),
  newAction: 'actions.new',
  bank: (bankId: number | null) => (bankId === null ? 'banks.new' : `banks.${bankId}`),
};
