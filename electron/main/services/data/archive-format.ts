import { z } from 'zod';

/*
 * The "export everything" archive: a plain tar file.
 *   README.txt               what this is and how to import it
 *   tables/<table>.jsonl     one JSON array per row, values in `columns` order
 *   recordings/<file>.webm   every recording the database refers to
 *   manifest.json            written last: versions, tables, row counts, recording hashes
 * Rollups are not exported: they are rebuilt from the answers on import.
 */

export const archiveFormat = 'rehearse-archive';
export const archiveFormatVersion = 1;
export const manifestEntry = 'manifest.json';
export const tableEntry = (table: string) => `tables/${table}.jsonl`;
export const recordingEntry = (file: string) => `recordings/${file}`;

const sqlName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/);

export const manifestSchema = z.strictObject({
  format: z.literal(archiveFormat),
  formatVersion: z.literal(archiveFormatVersion),
  schemaVersion: z.number().int().min(1).max(10_000),
  exportedAt: z.iso.datetime(),
  tables: z.array(z.strictObject({ name: sqlName, columns: z.array(sqlName).min(1).max(200), rows: z.number().int().min(0) })).max(200),
  recordings: z
    .array(
      z.strictObject({
        name: z.string().max(120),
        bytes: z.number().int().min(1),
        sha256: z.string().regex(/^[a-f0-9]{64}$/),
      }),
    )
    .max(1_000_000),
});
export type ArchiveManifest = z.output<typeof manifestSchema>;

export type SqlValue = string | number | bigint | Buffer | null;
type JsonValue = string | number | null | { $bytes: string };

/** JSON has no bytes: a BLOB travels as `{ "$bytes": "<base64>" }`. */
export function encodeValue(value: SqlValue): JsonValue {
  if (Buffer.isBuffer(value)) return { $bytes: value.toString('base64') };
  if (typeof value === 'bigint') return Number(value);
  return value;
}

export function decodeValue(value: unknown): SqlValue {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { $bytes?: unknown }).$bytes === 'string') {
    return Buffer.from((value as { $bytes: string }).$bytes, 'base64');
  }
  throw new Error('a value that is not text, a number, bytes or empty');
}

export const readme = `This archive holds everything Rehearse stored: question banks, practice
sessions and answers, reflections, review schedules, and recordings.

To use it on another computer, open Rehearse there and choose
Settings → Your data → Import everything. Rehearse backs up what is
there first, then replaces it with the contents of this archive.

The files inside are plain: tables/*.jsonl (one JSON row per line) and
recordings/*.webm (audio or video you can play in a browser).
`;

/** Gives the event loop a turn, so a long export or import does not freeze the app. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
