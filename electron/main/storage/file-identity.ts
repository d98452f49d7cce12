import { statSync } from 'node:fs';

/**
 * Notices when the database file in the data folder is no longer the file
 * the app opened (deleted, or replaced by another file under the same name,
 * e.g. by a sync tool or a user copying a backup over it). SQLite keeps
 * writing to the file it opened, so without this check writes would be
 * acknowledged into a file nobody will ever open again (issue 16, item 10).
 * Identity is the device and inode number of the path, taken right after
 * opening and compared on every check (one `stat`, microseconds).
 */
export class FileIdentity {
  private readonly dev: number;
  private readonly ino: number;
  private lost: 'deleted' | 'replaced' | null = null;

  constructor(readonly file: string) {
    const stat = statSync(file);
    this.dev = stat.dev;
    this.ino = stat.ino;
  }

  /** null while the path still names the opened file; once it does not, says how, and keeps saying so. */
  problem(): 'deleted' | 'replaced' | null {
    if (this.lost) return this.lost;
    try {
      const stat = statSync(this.file);
      if (stat.dev !== this.dev || stat.ino !== this.ino) this.lost = 'replaced';
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') this.lost = 'deleted';
      else throw error;
    }
    return this.lost;
  }
}

/** The sentence for a write refused because the database file changed behind the app's back. */
export function detachedSentence(how: 'deleted' | 'replaced', file: string, thing: string | null): string {
  const what = how === 'deleted' ? 'was deleted' : 'was replaced by another file';
  const saved = thing
    ? `${thing.charAt(0).toUpperCase()}${thing.slice(1)} was not saved, and nothing more will be until Rehearse restarts`
    : 'Nothing more will be saved until Rehearse restarts';
  return `Rehearse's database file (${file}) ${what} while Rehearse was running. ${saved}. Quit Rehearse and start it again; if the file is gone, Rehearse will offer to restore your newest backup.`;
}
