import { emptyNotes, type StarNotes } from '../questions';
import { sameText } from '../text-rules';

const parts = Object.keys(emptyNotes) as (keyof StarNotes)[];

/** What bringing a file's notes into a question that is already here would do. */
export interface NotesMerge {
  /** The question's notes afterwards: its own parts kept, its empty parts filled from the file. */
  merged: StarNotes;
  /** True when at least one empty part is filled from the file. */
  fills: boolean;
  /** True when a part is written both here and in the file, differently: the part here is kept. */
  differs: boolean;
}

/**
 * Merges notes from an imported file (a JSON export, "a complete copy") into a
 * question already in the bank, part by part (situation, task, action, result,
 * free): nothing the user has here is overwritten; a part empty here takes the
 * file's; a part written differently in both stays as it is here, and `differs`
 * says so, so the preview can tell the user. Parts equal as people read them
 * (NFC, see text-rules) count as the same.
 */
export function mergeImportedNotes(here: StarNotes, file: StarNotes): NotesMerge {
  const merged = { ...here };
  let fills = false;
  let differs = false;
  for (const part of parts) {
    const mine = here[part];
    const theirs = file[part];
    if (!theirs.trim() || sameText(mine, theirs)) continue;
    if (!mine.trim()) {
      merged[part] = theirs;
      fills = true;
    } else differs = true;
  }
  return { merged, fills, differs };
}
