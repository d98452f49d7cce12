import { emptyNotes, type StarNotes } from '../../shared/domain/questions';
import type { VersionedChanges } from '../../shared/domain/row-version';

/**
 * A `questions.saveNotes` write of every note, based on what the question
 * holds (`current`, default: a new question's empty notes at version 0).
 */
export function notesSave(notes: StarNotes, current: { version: number; notes: StarNotes } = { version: 0, notes: emptyNotes }) {
  const save: VersionedChanges<StarNotes> = { baseVersion: current.version, base: current.notes, changes: notes };
  return save;
}
