import type { Database } from 'better-sqlite3';
import type { Migration } from './types';

/*
 * Frozen copies of the text rules as they were when this migration was written
 * (shared/domain/text-rules.ts): a migration is history and imports no app code.
 */
const nfc = (text: string) => text.normalize('NFC');
const fold = (text: string) =>
  text.normalize('NFKC').toLowerCase().toUpperCase().toLowerCase().normalize('NFC').replace(/\s+/g, ' ').trim();

/** Columns of free text stored as typed, now as NFC. Tags (a JSON array) and bank names are handled on their own below. */
const textColumns: Record<string, string[]> = {
  banks: ['description'],
  questions: ['text', 'category', 'guidance', 'notes_situation', 'notes_task', 'notes_action', 'notes_result', 'notes_free'],
  interviews: ['company', 'role', 'interviewer_name', 'job_description', 'notes'],
  action_items: ['title'],
};

function normaliseColumns(db: Database, table: string, columns: string[]): void {
  const rows = db.prepare(`SELECT id, ${columns.join(', ')} FROM ${table}`).all() as Record<string, unknown>[];
  for (const row of rows) {
    const changed = columns.filter((c) => typeof row[c] === 'string' && nfc(row[c]) !== row[c]);
    if (changed.length === 0) continue;
    // Only the changed columns are written, so the full-text index's update trigger fires only for text that changed.
    db.prepare(`UPDATE ${table} SET ${changed.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({
      id: row.id,
      ...Object.fromEntries(changed.map((c) => [c, nfc(row[c] as string)])),
    });
  }
}

/** Tags: NFC, lower-cased, duplicates by the fold removed (the tags field's own rule). */
function normaliseTags(db: Database): void {
  const rows = db.prepare<[], { id: number; tags: string }>('SELECT id, tags FROM questions').all();
  const update = db.prepare<{ id: number; tags: string }>('UPDATE questions SET tags = @tags WHERE id = @id');
  for (const row of rows) {
    const parsed: unknown = JSON.parse(row.tags);
    if (!Array.isArray(parsed)) continue;
    const seen = new Map<string, string>();
    for (const tag of parsed) {
      if (typeof tag !== 'string') continue;
      const clean = nfc(tag).replace(/\s+/g, ' ').trim().toLowerCase();
      if (clean && !seen.has(fold(clean))) seen.set(fold(clean), clean);
    }
    const tags = JSON.stringify([...seen.values()]);
    if (tags !== row.tags) update.run({ id: row.id, tags });
  }
}

/**
 * Bank names become NFC; two banks whose names are now the same as people read them ("Café" typed
 * two ways, "CAFÉ" and "café") cannot both keep the name: the later one (higher id) becomes
 * "Café (2)", so nothing is merged or lost and the user can rename it.
 */
function normaliseBankNames(db: Database): void {
  const banks = db.prepare<[], { id: number; name: string }>('SELECT id, name FROM banks ORDER BY id').all();
  // Every name keeps itself if it is the first (lowest id) of its kind; only the later look-alikes move.
  const taken = new Set<string>();
  const later: { id: number; name: string }[] = [];
  const renames: { id: number; name: string }[] = [];
  for (const bank of banks) {
    const name = nfc(bank.name);
    if (taken.has(fold(name))) later.push({ id: bank.id, name });
    else {
      taken.add(fold(name));
      if (name !== bank.name) renames.push({ id: bank.id, name });
    }
  }
  for (const bank of later) {
    let name = bank.name;
    for (let n = 2; taken.has(fold(name)); n++) name = `${bank.name.slice(0, 110)} (${n})`;
    taken.add(fold(name));
    renames.push({ id: bank.id, name });
  }
  // Two passes through a temporary name, so a rename never collides with a name not yet renamed (the NOCASE unique index).
  const rename = db.prepare<{ id: number; name: string }>('UPDATE banks SET name = @name WHERE id = @id');
  for (const { id } of renames) rename.run({ id, name: `rehearse-migration-006-${id}` });
  for (const r of renames) rename.run(r);
}

/**
 * Text compared as people read it (issue 12 item 3): every stored name and text becomes NFC, tags
 * are folded and de-duplicated, and look-alike bank names are told apart. Timestamps are left as
 * they are: the user changed nothing.
 */
export const migration006: Migration = {
  version: 6,
  name: 'text-normalisation',
  up: (db) => {
    for (const [table, columns] of Object.entries(textColumns)) normaliseColumns(db, table, columns);
    normaliseTags(db);
    normaliseBankNames(db);
  },
};
