import type { z } from 'zod';
import type { FieldValues, VersionedChanges } from '../../../../shared/domain/row-version';
import { onlyTooLong } from '../../../../shared/domain/text-limits';

/**
 * A synchronous copy of unsaved typing in localStorage, written on every
 * keystroke. Saving is debounced and the page may die before its last save
 * arrives (a crash, a killed process, a keepalive request refused): the copy
 * is laid over the record on the next load and saved then, with the version
 * it was based on, so another window's newer text is never overwritten
 * unseen. Removed once the main process has acknowledged every edit.
 */
export interface LocalCopy<F extends FieldValues> {
  /** Unique per record, e.g. `question.12.notes`. */
  key: string;
  /** Validates what is read back (it may come from another version of the app, or be hand-edited). */
  schema: z.ZodType<VersionedChanges<F>>;
}

const prefix = 'rehearse.unsaved.';

export function localCopyStore<F extends FieldValues>({ key, schema }: LocalCopy<F>) {
  const name = prefix + key;
  return {
    read(): VersionedChanges<F> | null {
      try {
        const raw = localStorage.getItem(name);
        if (raw === null) return null;
        const data: unknown = JSON.parse(raw);
        const parsed = schema.safeParse(data);
        if (parsed.success) return parsed.data;
        // Typing over a length limit is kept as typed (it was held back from saving, never cut).
        if (onlyTooLong(schema, data)) return data as VersionedChanges<F>;
        localStorage.removeItem(name);
        return null;
      } catch {
        return null;
      }
    },
    write(copy: VersionedChanges<F>): void {
      try {
        localStorage.setItem(name, JSON.stringify(copy));
      } catch {
        // Storage full or disabled: the save itself still runs; only this safety net is missing.
      }
    },
    clear(): void {
      try {
        localStorage.removeItem(name);
      } catch {
        // Nothing to clear.
      }
    },
  };
}
