import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { BeginLine, ChildLog, Marker } from './protocol';

/**
 * The parent's model of what the database must hold after the kill. Every
 * acknowledged operation is applied in order (a backup remembers the state,
 * a restore returns to it); the operation in flight at the kill may be
 * applied whole or not at all. The database must match one of those two
 * states on every marker the child ever wrote — nothing acknowledged lost,
 * nothing half done.
 */
export interface ExpectedStates {
  /** Markers present after every acknowledged operation. */
  acked: Set<string>;
  /** The same with the in-flight operation applied too, or null when nothing was in flight. */
  withInFlight: Set<string> | null;
  /** Every marker any operation began, keyed by marker key. */
  universe: Map<string, Marker>;
  /** For each acknowledged backup, the markers it must contain. */
  backups: Map<string, Set<string>>;
  inFlight: BeginLine | null;
}

function apply(state: Set<string>, begin: BeginLine, backups: Map<string, Set<string>>): Set<string> {
  if (begin.type === 'restore') return new Set(backups.get(begin.backup ?? '') ?? state);
  if (begin.type === 'write') return new Set([...state, ...begin.effects.map((m) => m.key)]);
  return state;
}

export function expectedStates(log: ChildLog): ExpectedStates {
  const universe = new Map<string, Marker>();
  const backups = new Map<string, Set<string>>();
  let state = new Set<string>();
  let inFlight: BeginLine | null = null;
  for (const begin of log.begins) {
    for (const marker of begin.effects) universe.set(marker.key, marker);
    const ack = log.acks.get(begin.id);
    if (!ack) {
      // The child runs one operation at a time, so only the last one can lack its ack.
      inFlight = begin;
      break;
    }
    state = apply(state, begin, backups);
    if (begin.type === 'backup' && ack.backup) backups.set(ack.backup, new Set(state));
  }
  return { acked: state, withInFlight: inFlight ? apply(state, inFlight, backups) : null, universe, backups, inFlight };
}

export type Probe = 'present' | 'absent' | { broken: string };

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * Looks for one marker in `db`; anything half there is `broken`. A recording's
 * file is looked for in `recordingDirs` (the live folder; for a backup also the
 * pool where the app keeps files that only backups still refer to).
 */
export function probe(db: Database, recordingDirs: string[], marker: Marker): Probe {
  switch (marker.kind) {
    case 'answer': {
      const rows = db.prepare('SELECT session_id AS s, position AS p FROM answers WHERE note = ?').all(marker.key) as {
        s: number;
        p: number;
      }[];
      if (rows.length === 0) return 'absent';
      if (rows.length > 1) return { broken: `answer ${marker.key} saved ${rows.length} times` };
      return rows[0]!.s === marker.sessionId && rows[0]!.p === marker.position
        ? 'present'
        : { broken: `answer ${marker.key} at the wrong place` };
    }
    case 'import': {
      const bank = db.prepare('SELECT id FROM banks WHERE name = ?').get(marker.key) as { id: number } | undefined;
      if (!bank) return 'absent';
      const { n } = db.prepare('SELECT count(*) AS n FROM questions WHERE bank_id = ?').get(bank.id) as { n: number };
      return n === marker.questions ? 'present' : { broken: `import ${marker.key} half applied: ${n} of ${marker.questions} questions` };
    }
    case 'recording': {
      const row = db
        .prepare('SELECT file_name AS f, byte_size AS b FROM recordings WHERE session_id = ? AND position = ?')
        .get(marker.sessionId, marker.position) as { f: string; b: number } | undefined;
      if (!row) return 'absent';
      const file = recordingDirs.map((dir) => join(dir, row.f)).find((path) => existsSync(path));
      if (!file) return { broken: `recording ${marker.key}: its row names ${row.f}, which does not exist` };
      const size = statSync(file).size;
      if (size !== row.b) return { broken: `recording ${marker.key}: ${size} bytes on disk, ${row.b} in the row` };
      // A whole file that matches its row but not this marker is another recording of the same
      // question (one replaced this, or a restore brought an older one back): this one is absent,
      // and compareWithModel reports it as lost if it was acknowledged and expected.
      if (size !== marker.bytes || sha256(file) !== marker.sha256) return 'absent';
      return 'present';
    }
  }
}

/** Which expected state a database matched: none, the acknowledged one, or the one with the in-flight operation. */
export type MatchedState = 'acknowledged' | 'with the in-flight operation' | 'none';

function listDiff(expected: Set<string>, present: Set<string>): string {
  const missing = [...expected].filter((key) => !present.has(key));
  const extra = [...present].filter((key) => !expected.has(key));
  const few = (keys: string[]) => `${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ` (+${keys.length - 5})` : ''}`;
  return [missing.length ? `missing ${few(missing)}` : '', extra.length ? `extra ${few(extra)}` : ''].filter(Boolean).join(', ') || 'same';
}

/**
 * Compares what `db` holds with the expected states; returns the problems (none when it matches one of them).
 * `candidates` is [acknowledged, with the in-flight operation or null]. A mismatch names which state the
 * database matched (none) and how it differs from each, so a failing trial says what actually went missing.
 */
export function compareWithModel(
  db: Database,
  recordingDirs: string[],
  universe: Map<string, Marker>,
  candidates: (Set<string> | null)[],
  label: string,
): string[] {
  const problems: string[] = [];
  const present = new Set<string>();
  for (const marker of universe.values()) {
    const found = probe(db, recordingDirs, marker);
    if (found === 'present') present.add(marker.key);
    else if (found !== 'absent') problems.push(`${label}: ${found.broken}`);
  }
  if (problems.length > 0 || matchedState(present, candidates) !== 'none') return problems;
  const acked = candidates[0]!;
  const inFlight = candidates[1] ?? null;
  const lost = [...acked].filter((key) => !present.has(key) && (inFlight?.has(key) ?? true));
  const extra = [...present].filter((key) => !acked.has(key) && !(inFlight?.has(key) ?? false));
  const missingOfInFlight = inFlight ? [...inFlight].filter((key) => !present.has(key)) : [];
  const against = `the database matched none: against acknowledged ${listDiff(acked, present)}${
    inFlight ? `; against with the in-flight operation ${listDiff(inFlight, present)}` : ''
  }`;
  const few = (keys: string[]) => `${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ` (+${keys.length - 5})` : ''}`;
  // Lost: acknowledged, and not explained by the in-flight operation either (a restore may drop acknowledged markers).
  if (lost.length) problems.push(`${label}: acknowledged but missing: ${few(lost)} (${against})`);
  else if (extra.length) problems.push(`${label}: present but never applied: ${few(extra)} (${against})`);
  else if (missingOfInFlight.length)
    problems.push(`${label}: the operation in flight is half applied (missing ${few(missingOfInFlight)}; ${against})`);
  if (problems.length === 0) problems.push(`${label}: ${against}`);
  return problems;
}

/** Which of `candidates` ([acknowledged, with in-flight]) the present markers equal. */
export function matchedState(present: Set<string>, candidates: (Set<string> | null)[]): MatchedState {
  const same = (expected: Set<string> | null) =>
    expected !== null && expected.size === present.size && [...expected].every((key) => present.has(key));
  if (same(candidates[0] ?? null)) return 'acknowledged';
  if (same(candidates[1] ?? null)) return 'with the in-flight operation';
  return 'none';
}

/** The markers `db` holds whole (for reports). */
export function presentMarkers(db: Database, recordingDirs: string[], universe: Map<string, Marker>): Set<string> {
  return new Set([...universe.values()].filter((m) => probe(db, recordingDirs, m) === 'present').map((m) => m.key));
}
