import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { type CopyCheck, copyCheckFrom, type RawCheck } from './verified-copy';

/**
 * The worker's whole program (CommonJS, run with `eval`), so it needs no bundler entry of its own and runs
 * the same from the built app and from source (browser mode, tests). It opens its own read-only connection
 * — SQLite allows it beside the app's WAL connection — runs `quick_check` and reads the schema version;
 * the result is shaped on the main thread by the same code as the in-thread check (verified-copy.ts).
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
let raw;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  raw = {
    lines: db.pragma('quick_check').map((row) => row.quick_check),
    userVersion: db.pragma('user_version', { simple: true }),
  };
} catch (error) {
  raw = { error: { code: error && error.code, message: String(error && error.message) } };
} finally {
  if (db) db.close();
}
parentPort.postMessage(raw);
`;

/**
 * Runs the full check of the database file `file` in a worker thread, so the main process (every IPC call,
 * the window) keeps answering while it reads the whole file (~250 ms at a million answers on an idle machine,
 * several seconds on a busy one). Never writes to the file. Resolves with the same CopyCheck as
 * `checkDatabaseCopy`; a worker that cannot start or dies resolves as not ok, naming why.
 */
export function checkDatabaseInWorker(file: string): Promise<CopyCheck> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve) => {
    let settled = false;
    const settle = (check: CopyCheck) => {
      if (settled) return;
      settled = true;
      resolve(check);
    };
    let worker: Worker;
    try {
      worker = new Worker(workerSource, { eval: true, workerData: { driver, file } });
    } catch (error) {
      return settle({ ok: false, problem: `the check could not start (${(error as Error).message})`, schemaVersion: null });
    }
    worker.once('message', (raw: RawCheck) => settle(copyCheckFrom(raw)));
    worker.once('error', (error) => settle({ ok: false, problem: `the check stopped (${error.message})`, schemaVersion: null }));
    worker.once('exit', (code) => settle({ ok: false, problem: `the check stopped (exit code ${code})`, schemaVersion: null }));
  });
}
