import { type ReactNode, useState } from 'react';
import type { ErrorData } from '../../../shared/contract/result';
import { type ConflictChoice, ConflictNotice } from './ConflictNotice';
import { useResaveAfterChoices } from './use-resave-after-choices';

/** The fields a refused save named as changed in another window, with the value stored now (theirs) and mine. */
interface Conflict {
  /** Counts refused saves, so a save refused again shows the notice afresh (and focuses it again). */
  round: number;
  fields: string[];
  mine: Record<string, unknown>;
  saved: Record<string, unknown>;
}

export interface EditConflictOptions {
  /** What each field (as the main process names it) is called on screen, e.g. `role: 'Role'`. */
  labels: Readonly<Record<string, string>>;
  /** The text a stored value reads as (dates, choices); default: text as is. */
  describe?: (field: string, value: unknown) => string;
  /** "Use theirs": put the saved value (stored shape) into the form's field. */
  takeTheirs: (field: string, value: unknown) => void;
  /** Saves the form again (with `rebase` applied to its base), called after the last choice once React has rendered it. */
  resave: () => void;
  /** Where focus goes after the last choice (default: the form's submit button). */
  focusAfter?: () => HTMLElement | null | undefined;
  headingLevel?: 2 | 3;
}

const plain = (_field: string, value: unknown) =>
  typeof value === 'string' ? value : value === null || value === undefined ? '' : JSON.stringify(value);

/**
 * The conflict half of every form that saves with the values it started from (`base`; see
 * electron/main/services/changed-elsewhere.ts). After a save, `settle(error, mine)` says whether the error
 * was a conflict (then the form shows `notice`, not a validation message, and keeps every field as typed).
 * Each choice takes theirs into the field or keeps mine; either way the field's base becomes the stored value
 * (`rebase`), so the next save applies: a deliberate overwrite for "Keep mine", no change for "Use theirs".
 * Fields nobody else changed are untouched and go with that save. Once every field is decided the form saves
 * again by itself, since the user already asked to save.
 */
export function useEditConflict(options: EditConflictOptions): {
  settle: (error: ErrorData | null, mine: object) => boolean;
  rebase: <B extends object>(base: B) => B;
  notice: ReactNode;
} {
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [rebased, setRebased] = useState<Record<string, unknown>>({});
  const requestResave = useResaveAfterChoices(options);

  function settle(error: ErrorData | null, mine: object): boolean {
    const issues = error?.code === 'conflict' ? (error.issues ?? []).filter((issue) => 'saved' in issue) : [];
    if (issues.length === 0) {
      if (!error) setRebased({});
      setConflict(null);
      return false;
    }
    setConflict((before) => ({
      round: (before?.round ?? 0) + 1,
      fields: issues.map((issue) => issue.path),
      mine: { ...mine },
      saved: Object.fromEntries(issues.map((issue) => [issue.path, issue.saved])),
    }));
    return true;
  }

  function choose(field: string, choice: ConflictChoice) {
    if (!conflict) return;
    const theirs = conflict.saved[field];
    if (choice === 'saved') options.takeTheirs(field, theirs);
    setRebased((before) => ({ ...before, [field]: theirs }));
    const left = conflict.fields.filter((f) => f !== field);
    setConflict(left.length > 0 ? { ...conflict, fields: left } : null);
    if (left.length === 0) requestResave();
  }

  const describe = options.describe ?? plain;
  const notice = conflict && (
    <ConflictNotice
      key={conflict.round}
      kind="form"
      takeFocus
      headingLevel={options.headingLevel}
      focusAfter={options.focusAfter}
      fields={conflict.fields.map((field) => ({
        field,
        label: options.labels[field] ?? field,
        mine: describe(field, conflict.mine[field]),
        saved: describe(field, conflict.saved[field]),
      }))}
      onChoose={choose}
    />
  );

  return {
    settle,
    rebase: <B extends object>(base: B): B => ({ ...base, ...rebased }),
    notice,
  };
}
