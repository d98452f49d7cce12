import { type ReactNode, useState } from 'react';
import type { ErrorData } from '../../../../../shared/contract/result';
import type { RatingBase, RatingDraft } from '../../../../../shared/domain/answers';
import { type SelfCheck, selfCheckItems } from '../../../../../shared/domain/sessions';
import { type ConflictChoice, ConflictNotice } from '../../../components/ConflictNotice';
import { confidenceLabel } from '../confidence';
import { isTypingTarget } from './use-shortcuts';
import { useResaveAfterChoices } from '../../../components/use-resave-after-choices';

/** The rating fields a save may be refused on, as the main process names them (see rating-merge.ts). */
type RatingField = 'confidence' | 'selfCheck' | 'note' | 'struggled';
/** The stored confidence as a conflict reports it: a level, `'skipped'`, or null (no answer stored). */
type StoredConfidence = number | 'skipped' | null;

const labels: Record<RatingField, string> = {
  confidence: 'Confidence',
  selfCheck: 'Delivery self-check',
  note: 'Note',
  struggled: 'I struggled with this question',
};

interface Conflict {
  /** Counts refused saves, so a save refused again shows the notice afresh. */
  round: number;
  fields: RatingField[];
  saved: Partial<Record<RatingField, unknown>>;
  /** False when the refusal came while the user was typing (the note): the notice then never takes the caret. */
  takeFocus: boolean;
}

export interface RatingConflictOptions {
  /** The panel's draft as it is now (what "Yours" shows and "Keep mine" saves). */
  draft: RatingDraft;
  /** "Use theirs": the stored value goes into the panel. */
  takeTheirs: (patch: Partial<RatingDraft>) => void;
  /** The field's base becomes the stored value, so the next save applies (see SessionRunner's bases). */
  rebase: (patch: Partial<RatingBase>) => void;
  /** Saves the draft again; called once every field is decided and React has rendered the choices. */
  resave: () => void;
  /** "Use theirs" on a question the other window skipped: it stays skipped and the session goes on. */
  keepSkipped: () => void;
  focusAfter: () => HTMLElement | null | undefined;
}

function describe(field: RatingField, value: unknown): string {
  if (field === 'confidence') {
    const level = value as StoredConfidence;
    return level === 'skipped' ? 'Skipped' : level === null ? 'No rating' : `${level} – ${confidenceLabel(level)}`;
  }
  if (field === 'selfCheck') {
    const ticked = selfCheckItems.filter((item) => (value as Partial<SelfCheck> | undefined)?.[item.key] === true).map((i) => i.label);
    return ticked.length > 0 ? `Ticked: ${ticked.join(', ')}` : 'Nothing ticked';
  }
  if (field === 'struggled') return value === true ? 'Ticked' : 'Not ticked';
  return typeof value === 'string' ? value : '';
}

/**
 * The conflict half of the rating panel (issue 16, item 2): another window or tab on the same session saved
 * this position's rating meanwhile and changed a field this one changed too, so the save was refused and
 * nothing written. `settle(error)` after each save (true = a conflict: the notice shows and the panel holds
 * its later changes until the user decides, so nothing is sent against a stale base twice). Each field: "Keep
 * mine" (its base becomes the stored value, so the resave overwrites it deliberately) or "Use theirs" (the
 * stored value comes into the panel). Once every field is decided the panel saves again by itself, with every
 * other change the user made.
 */
export function useRatingConflict(options: RatingConflictOptions): {
  settle: (error: ErrorData) => boolean;
  /** True while a choice is waiting: the panel holds its saves and does not go on. */
  pending: boolean;
  notice: ReactNode;
} {
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const requestResave = useResaveAfterChoices(options);

  function settle(error: ErrorData): boolean {
    const issues = error.code === 'conflict' ? (error.issues ?? []).filter((issue) => 'saved' in issue && issue.path in labels) : [];
    if (issues.length === 0) return false;
    setConflict((before) => ({
      round: (before?.round ?? 0) + 1,
      fields: issues.map((issue) => issue.path as RatingField),
      saved: Object.fromEntries(issues.map((issue) => [issue.path, issue.saved])),
      takeFocus: !isTypingTarget(document.activeElement),
    }));
    return true;
  }

  function choose(field: string, choice: ConflictChoice) {
    if (!conflict) return;
    const key = field as RatingField;
    const theirs = conflict.saved[key];
    const left = conflict.fields.filter((f) => f !== key);
    if (key === 'confidence') {
      const stored = theirs as StoredConfidence;
      if (stored === 'skipped') {
        options.rebase({ skipped: true, confidence: null });
        if (choice === 'saved') {
          setConflict(null);
          options.keepSkipped();
          return;
        }
      } else {
        options.rebase({ skipped: false, confidence: stored });
        if (choice === 'saved') options.takeTheirs({ confidence: stored });
      }
    } else {
      options.rebase({ [key]: theirs });
      if (choice === 'saved') options.takeTheirs({ [key]: theirs });
    }
    setConflict(left.length > 0 ? { ...conflict, fields: left } : null);
    if (left.length === 0) requestResave();
  }

  const notice = conflict && (
    <ConflictNotice
      key={conflict.round}
      kind="form"
      takeFocus={conflict.takeFocus}
      focusAfter={options.focusAfter}
      fields={conflict.fields.map((field) => ({
        field,
        label: labels[field],
        mine: describe(field, options.draft[field]),
        saved: describe(field, conflict.saved[field]),
      }))}
      onChoose={choose}
    />
  );
  return { settle, pending: conflict !== null, notice };
}
