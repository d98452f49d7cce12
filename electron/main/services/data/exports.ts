import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../../shared/contract/result';

/** Exports are written to `<data folder>/exports/`, where the user can also find them. */
export const exportsDir = (dataDir: string) => join(dataDir, 'exports');

const exportPattern = /^rehearse-(everything|answers)-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-\d+)?\.(tar|csv)$/;
/** How many exports of each kind are kept; older ones are removed when a new one is written. */
export const keepExports = 3;

export function isExportName(name: string): boolean {
  return exportPattern.test(name);
}

/** A free name `rehearse-<kind>-<stamp>.<ext>` in the exports folder. */
export function newExportName(dataDir: string, kind: 'everything' | 'answers', stamp: string, ext: 'tar' | 'csv'): string {
  const dir = exportsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  let name = `rehearse-${kind}-${stamp}.${ext}`;
  for (let n = 2; existsSync(join(dir, name)); n++) name = `rehearse-${kind}-${stamp}-${n}.${ext}`;
  return name;
}

export function pruneExports(dataDir: string, kind: 'everything' | 'answers'): void {
  const dir = exportsDir(dataDir);
  const mine = readdirSync(dir)
    .filter((name) => isExportName(name) && name.startsWith(`rehearse-${kind}-`))
    .sort()
    .reverse();
  for (const name of mine.slice(keepExports)) rmSync(join(dir, name), { force: true });
}

/** Part of an export, base64, for the renderer to assemble a download. */
export async function readExportChunk(
  dataDir: string,
  fileName: string,
  offset: number,
  length: number,
): Promise<{ data: string; totalBytes: number; nextOffset: number | null }> {
  if (!isExportName(fileName))
    throw new AppError('invalid_input', 'Not an export file name.', [{ path: 'fileName', message: 'Not an export file name.' }]);
  const path = join(exportsDir(dataDir), fileName);
  const size = statSync(path, { throwIfNoEntry: false })?.size;
  if (size === undefined) throw new AppError('not_found', `${fileName} is no longer in the exports folder.`);
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
    const { bytesRead } = await file.read(buffer, 0, buffer.length, offset);
    const next = offset + bytesRead;
    return { data: buffer.subarray(0, bytesRead).toString('base64'), totalBytes: size, nextOffset: next < size ? next : null };
  } finally {
    await file.close();
  }
}
