import { type FieldValues, mergeChanges, type SaveOutcome, type VersionedChanges } from '../../../shared/domain/row-version';

export interface VersionedRecord<F extends FieldValues> {
  values: F;
  version: number;
}

/**
 * One autosave of a versioned record, for the caller's transaction: merges
 * the write with what is stored (see `mergeChanges`), and stores it with the
 * next version through `store` — or, on a conflict, writes nothing and
 * answers with the stored values. A write that changes nothing stored (the
 * same text again) is acknowledged without a new version.
 *
 * `store(values, nextVersion)` must write only when the row still has
 * `current.version` (callers run this in one transaction with the read).
 */
export function versionedSave<F extends FieldValues>(
  current: VersionedRecord<F>,
  write: VersionedChanges<F>,
  now: Date,
  store: (values: F, nextVersion: number, savedAt: string) => void,
): SaveOutcome<F> {
  const result = mergeChanges(current.values, current.version, write);
  if (!result.ok) return { status: 'conflict', version: current.version, fields: result.fields, saved: current.values };
  const savedAt = now.toISOString();
  if (result.changed.length === 0) return { status: 'saved', version: current.version, savedAt, values: current.values };
  const version = current.version + 1;
  store(result.merged, version, savedAt);
  return { status: 'saved', version, savedAt, values: result.merged };
}
