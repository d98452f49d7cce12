import { AppError } from '../../../shared/contract/result';
import { changedFrom, sameValue } from '../../../shared/domain/row-version';

/**
 * The three-way check of a form save (issue 16, item 2). For each field the
 * user changed (`changes`, with `base` the value the edit started from), the
 * stored value (`current`) must still be `base` or already be the new value;
 * otherwise another window changed it meanwhile. Throws `conflict` naming each
 * such field by its label (`labels`, e.g. "The title"), with one issue per
 * field carrying the stored value (`saved`), so nothing is written, the form
 * keeps the user's text and can offer both. Saving again with `base` set to
 * that stored value is a deliberate overwrite ("Keep mine"), still refused if
 * a third write changed it again meanwhile. Fields the
 * user did not change are not in `changes`, so other windows' edits to them
 * are kept. Pure apart from the throw.
 */
export function refuseChangedElsewhere<F extends Record<string, unknown>>(
  current: F,
  changes: Partial<F>,
  base: Partial<F>,
  labels: Record<keyof F & string, string>,
): void {
  const keys = Object.keys(changes) as (keyof F & string)[];
  const clashes = keys.filter((key) => key in base && !sameValue(current[key], base[key]) && !sameValue(current[key], changes[key]));
  if (clashes.length === 0) return;
  const names = clashes.map((key) => labels[key].charAt(0).toLowerCase() + labels[key].slice(1));
  throw new AppError(
    'conflict',
    `Changed in another window since you opened this page: ${names.join(', ')}. Nothing was saved and your version is still here: choose which to keep.`,
    clashes.map((key) => ({
      path: key,
      message: `${labels[key]} was changed in another window since you opened this page.`,
      saved: current[key],
    })),
  );
}

/**
 * A whole-form save (`fields`, every field of the form) made from `base` (the
 * values the form started from), applied to the stored record `current`: only
 * the fields the user changed are taken, the rest stay as stored (another
 * window's edits to them are kept). Throws `conflict` (nothing written) when a
 * changed field was changed elsewhere meanwhile, as `refuseChangedElsewhere`.
 * Returns the record to store. Pure apart from the throw.
 */
export function applyEdit<F extends Record<string, unknown>>(current: F, fields: F, base: F, labels: Record<keyof F & string, string>): F {
  const { changes, base: from } = changedFrom(fields, base);
  refuseChangedElsewhere(current, changes, from, labels);
  return { ...current, ...changes };
}
