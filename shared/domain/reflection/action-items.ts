import { z } from 'zod';
import { nameSchema } from '../text-rules';
import { itemKeySchema } from './drafts';
import { calendarDateSchema, idSchema } from './interview';

export const actionKinds = ['skill', 'credential', 'practice', 'research', 'logistics'] as const;
export type ActionKind = (typeof actionKinds)[number];
export const actionKindLabels: Record<ActionKind, string> = {
  skill: 'Skill',
  credential: 'Credential',
  practice: 'Practice',
  research: 'Research',
  logistics: 'Logistics',
};

/**
 * Where an action item came from inside its reflection, e.g. `requirement:k3`
 * or `logistics:punctuality`, so the step can show that the item exists.
 */
export const sourceKeySchema = z.string().regex(/^(requirement|logistics|struggled):[A-Za-z0-9_-]{1,40}$/, 'Malformed source key');

export function requirementSource(key: string): string {
  return `requirement:${itemKeySchema.parse(key)}`;
}
export function logisticsSource(issue: string): string {
  return `logistics:${issue}`;
}

/** The longest action title, as the database's CHECK on `action_items.title` allows (migration 4). */
export const maxActionTitle = 300;

/**
 * An action title made from longer text (a requirement may hold 500 characters):
 * the text as written when it fits, otherwise cut at the last whole word that
 * fits, never inside a character or an emoji sequence (grapheme clusters via
 * `Intl.Segmenter`), and ended with "…".
 */
export function actionTitleFrom(text: string, max = maxActionTitle): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  let cut = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(trimmed)) {
    if (cut.length + segment.length > max - 1) break;
    cut += segment;
  }
  const atWord = cut.replace(/\s+\S*$/u, '');
  return `${(atWord.length >= max / 2 ? atWord : cut).trimEnd()}…`;
}

export const actionFieldsSchema = z.strictObject({
  kind: z.enum(actionKinds, 'Choose what kind of action this is'),
  title: nameSchema('The action', maxActionTitle, { required: 'Describe the action' }),
  dueOn: calendarDateSchema.nullable().default(null),
  done: z.boolean().default(false),
});

export const actionCreateSchema = actionFieldsSchema
  .extend({
    /** The interview whose reflection this came from; null for a career-plan item of its own. */
    interviewId: idSchema.nullable().default(null),
    sourceKey: sourceKeySchema.nullable().default(null),
  })
  .refine((input) => input.sourceKey === null || input.interviewId !== null, {
    path: ['sourceKey'],
    message: 'An item taken from a reflection needs its interview',
  });

/**
 * Editing an item. `base`, when sent, holds its fields as the page showed them when the edit began: only the fields
 * that differ from it are written, and one changed in another window meanwhile is a conflict (issue 16, item 2).
 */
export const actionUpdateSchema = actionFieldsSchema.extend({ id: idSchema, base: actionFieldsSchema.optional() });

export const actionStatusFilters = ['open', 'done', 'all'] as const;

export const actionFiltersSchema = z.strictObject({
  status: z.enum(actionStatusFilters).default('all'),
  kind: z.enum(actionKinds).optional(),
  interviewId: idSchema.optional(),
});

export interface ActionItem {
  id: number;
  kind: ActionKind;
  title: string;
  dueOn: string | null;
  done: boolean;
  doneAt: string | null;
  sourceKey: string | null;
  /** The interview it came from, for the list. */
  interview: { id: number; company: string; role: string } | null;
  createdAt: string;
  updatedAt: string;
}

/** Open items first, then by due date (undated last), oldest first. */
export function compareActions(a: ActionItem, b: ActionItem): number {
  if (a.done !== b.done) return a.done ? 1 : -1;
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  return a.id - b.id;
}

/** True when an open item's due date is before `today` (YYYY-MM-DD, the user's local date). */
export function isOverdue(item: Pick<ActionItem, 'done' | 'dueOn'>, today: string): boolean {
  return !item.done && item.dueOn !== null && item.dueOn < today;
}
