import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { backupDir } from './backups';
import { exportsDir } from './exports';

/**
 * Removes what an export, import, restore or backup interrupted by a crash
 * left behind: only the temporary names those operations use, never a
 * finished backup or export. Run at start, before any of them can begin.
 */
export function removeLeftovers(dataDir: string): string[] {
  const removed: string[] = [];
  const sweep = (dir: string, pattern: RegExp) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      if (!pattern.test(name)) continue;
      rmSync(join(dir, name), { recursive: true, force: true });
      removed.push(join(dir, name));
    }
  };
  sweep(dataDir, /^\.import-[a-f0-9]{16}$/);
  sweep(exportsDir(dataDir), /^\.(export-|partial-)/);
  sweep(backupDir(dataDir), /^\.(partial-|restore-[a-f0-9]{16}\.sqlite)/);
  return removed;
}
