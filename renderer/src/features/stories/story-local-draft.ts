import { clearLocalDraft, keepLocalDraft, readLocalDraft } from '../../lib/local-drafts';
import type { StoryDraft } from './StoryForm';

/**
 * Unsaved typing in a story form, kept in this browser's storage (lib/local-drafts) so a reload, the Back
 * button or a closed window does not throw it away (walker's walk: a new story's four STAR parts were gone
 * after a reload). The story form saves only on "Save story", so until then this copy is all there is.
 *
 * Stored as `{ base, draft }`: `base` is the story as the form loaded it. On restore only the fields the user
 * changed from that base are applied over the story as it is now, so a field changed in another window and
 * not touched here is not put back to its old value.
 */
export interface KeptStoryDraft {
  base: StoryDraft;
  draft: StoryDraft;
}

const textKeys = ['title', 'situation', 'task', 'action', 'result'] as const;

/** The storage key of a story form: `stories.new`, or `stories.<id>` for a saved story. */
export const storyDraftKey = (storyId: number | null): string => (storyId === null ? 'stories.new' : `stories.${storyId}`);

function isStoryDraft(value: unknown): value is StoryDraft {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    textKeys.every((key) => typeof record[key] === 'string') &&
    Array.isArray(record.competencies) &&
    record.competencies.every((c) => typeof c === 'string')
  );
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** True when `draft` differs from `base` in any field. */
export function storyChanged(draft: StoryDraft, base: StoryDraft): boolean {
  return textKeys.some((key) => draft[key] !== base[key]) || !sameList(draft.competencies, base.competencies);
}

/**
 * The kept typing applied over `current` (the story as loaded now), or null when nothing was kept, the copy is
 * not a story draft (storage is outside input), or it changed nothing.
 */
export function restoreStoryDraft(key: string, current: StoryDraft): StoryDraft | null {
  const kept = readLocalDraft(key) as Partial<KeptStoryDraft> | undefined;
  if (!kept || !isStoryDraft(kept.base) || !isStoryDraft(kept.draft)) return null;
  const { base, draft } = kept;
  const restored: StoryDraft = { ...current, competencies: [...current.competencies] };
  for (const key of textKeys) if (draft[key] !== base[key]) restored[key] = draft[key];
  if (!sameList(draft.competencies, base.competencies)) restored.competencies = [...draft.competencies];
  return storyChanged(restored, current) ? restored : null;
}

/** Keeps `draft` when it differs from `base`; removes the copy when it does not (typed back, or saved). */
export function keepStoryDraft(key: string, base: StoryDraft, draft: StoryDraft): void {
  if (storyChanged(draft, base)) keepLocalDraft(key, { base, draft } satisfies KeptStoryDraft);
  else clearLocalDraft(key);
}

export const dropStoryDraft = (key: string): void => clearLocalDraft(key);
