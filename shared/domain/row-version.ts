import { z } from 'zod';

/**
 * Row versions for records edited as the user types (issue 16, item 2).
 *
 * Every autosave says which version of the record it was based on and sends,
 * for each field it changed, the value it changed it FROM (`base`) and TO
 * (`changes`). The main process then decides with a three-way comparison:
 *
 * - same version as stored: the write applies;
 * - older version, and every field it changed is still as it was based on
 *   (or already holds the new value): the other writer changed other fields,
 *   so the two are merged;
 * - older version and a field it changed was changed since to something else:
 *   refused as a conflict naming those fields, with the stored values, and
 *   nothing is written. The user chooses which to keep.
 *
 * Comparing values (not only versions) also keeps one window's own writes from
 * conflicting with each other when a save leaves before the previous answer
 * arrived (the page closing mid-save).
 */

/** A row version: 0 for rows stored before versions existed, raised by one on each write. */
export const versionSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export type FieldValues = Record<string, unknown>;

/** What an autosave sends besides the record's id. */
export interface VersionedChanges<F extends FieldValues> {
  baseVersion: number;
  /** For each changed field, the value it had when the user started changing it. */
  base: Partial<F>;
  /** The new value of each changed field; only fields the user changed. */
  changes: Partial<F>;
}

/** The answer to an autosave: saved (possibly merged with another window's) or a conflict, which wrote nothing. */
export type SaveOutcome<F extends FieldValues> =
  | { status: 'saved'; version: number; savedAt: string; values: F }
  | { status: 'conflict'; version: number; fields: (keyof F & string)[]; saved: F };

/**
 * The input schema of a versioned autosave over `fields` (a map of field →
 * schema): `{ baseVersion, base, changes }`, where base and changes may name
 * any subset of the fields and nothing else. Refuses changes without a base
 * value for the same field, so the merge always has its three values.
 */
export function versionedChangesSchema<S extends Record<string, z.ZodType>>(fields: S) {
  const partial = z.strictObject(
    Object.fromEntries(Object.entries(fields).map(([key, schema]) => [key, schema.optional()])) as {
      [K in keyof S]: z.ZodOptional<S[K]>;
    },
  );
  return z.strictObject({ baseVersion: versionSchema, base: partial, changes: partial }).superRefine((input, ctx) => {
    for (const key of Object.keys(input.changes)) {
      if (!(key in input.base))
        ctx.addIssue({ code: 'custom', path: ['base', key], message: `The value ${key} was changed from is missing` });
    }
  });
}

/** Field values compared as data: objects by content (key order ignored), text exactly. */
export function sameValue(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

/**
 * What a form edit sends (issue 16, item 2): the fields of `fields` that differ
 * from `base` (the values the form loaded or last saved), with their base values.
 */
export function changedFrom<F extends object>(fields: F, base: F): { changes: Partial<F>; base: Partial<F> } {
  const keys = (Object.keys(fields) as (keyof F)[]).filter((key) => !sameValue(fields[key], base[key]));
  const pick = (from: F) => Object.fromEntries(keys.map((key) => [key, from[key]])) as Partial<F>;
  return { changes: pick(fields), base: pick(base) };
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export type MergeResult<F extends FieldValues> =
  { ok: true; merged: F; changed: (keyof F & string)[] } | { ok: false; fields: (keyof F & string)[] };

/**
 * The three-way merge described above. `current` is the stored record at
 * `currentVersion`. Returns the record to store and the fields that differ
 * from `current` (possibly none), or the conflicting fields. Pure.
 */
export function mergeChanges<F extends FieldValues>(current: F, currentVersion: number, write: VersionedChanges<F>): MergeResult<F> {
  const keys = Object.keys(write.changes) as (keyof F & string)[];
  const fields =
    write.baseVersion === currentVersion
      ? []
      : keys.filter((key) => !sameValue(current[key], write.base[key]) && !sameValue(current[key], write.changes[key]));
  if (fields.length > 0) return { ok: false, fields };
  const merged = { ...current, ...write.changes } as F;
  return { ok: true, merged, changed: keys.filter((key) => !sameValue(current[key], write.changes[key])) };
}
