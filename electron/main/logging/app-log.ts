import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `logs/` in the data folder: what a person attaches to a problem report. */
export const logFolderName = 'logs';
export const logFileName = 'rehearse.log';

/** What a log line may carry: codes, counts and flags. Any other text is replaced, so no user text can reach the file. */
export type LogValue = string | number | boolean | null;

export interface LogOptions {
  /** Rotate once the file would pass this size (bytes). 512 KiB keeps days of ordinary use in a small file. */
  maxBytes?: number;
  /** Rotated files kept beside the current one (`rehearse.log.1` … `.N`), oldest dropped. */
  keep?: number;
}

export interface AppLog {
  info(event: string, fields?: Record<string, LogValue>): void;
  warn(event: string, fields?: Record<string, LogValue>): void;
  error(event: string, fields?: Record<string, LogValue>): void;
  /** The newest `count` lines, oldest first (current file, then the last rotated one if needed). */
  recent(count: number): string[];
  path: string;
}

// A code is a short word such as `banks.create`, `SQLITE_BUSY` or `ENOTDIR`; anything longer or
// with spaces could be a question, an answer or a path, and is never written.
const codePattern = /^[A-Za-z0-9_.:-]{1,64}$/;

function safe(value: LogValue): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : 'NaN';
  return codePattern.test(value) ? value : '[text]';
}

/**
 * A small rotating log in `<data folder>/logs/`. Lines are
 * `<ISO time> <level> <event> key=value …`, written synchronously so the
 * last line before a crash is on disk. Only codes, counts and flags are
 * written (see `safe`): never question, answer or reflection text. A log
 * that cannot be written (read-only folder) is silently skipped: logging
 * must never break the app.
 */
export function createAppLog(dataDir: string, options: LogOptions = {}): AppLog {
  const { maxBytes = 512 * 1024, keep = 3 } = options;
  const dir = join(dataDir, logFolderName);
  const path = join(dir, logFileName);
  const rotated = (n: number) => `${path}.${n}`;
  let size: number | null = null;

  function rotate(): void {
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) if (existsSync(rotated(n))) renameSync(rotated(n), rotated(n + 1));
    renameSync(path, rotated(1));
    size = 0;
  }

  function write(level: string, event: string, fields: Record<string, LogValue> = {}): void {
    const parts = [new Date().toISOString(), level, safe(event), ...Object.entries(fields).map(([k, v]) => `${safe(k)}=${safe(v)}`)];
    const line = `${parts.join(' ')}\n`;
    try {
      if (size === null) {
        mkdirSync(dir, { recursive: true });
        size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
      }
      if (size > 0 && size + line.length > maxBytes) rotate();
      appendFileSync(path, line);
      size += Buffer.byteLength(line);
    } catch {
      size = null;
    }
  }

  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
    recent(count) {
      const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
      let lines = read(path);
      if (lines.length < count) lines = [...read(rotated(1)), ...lines];
      return lines.slice(-count);
    },
    path,
  };
}

/** A log that writes nothing (tests that do not look at it). */
export const noLog: AppLog = { info() {}, warn() {}, error() {}, recent: () => [], path: '' };

/** The part of an error that is safe to log: its class and code, never its message. */
export function errorKind(error: unknown): Record<string, LogValue> {
  const e = error as { name?: unknown; code?: unknown };
  return { error: typeof e?.name === 'string' ? e.name : typeof error, code: typeof e?.code === 'string' ? e.code : null };
}
