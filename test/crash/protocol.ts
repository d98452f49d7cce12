import { writeSync } from 'node:fs';

/**
 * What the child reports on stdout, one line each, written with writeSync so
 * a line is in the pipe before the next operation starts (a SIGKILL cannot
 * lose a line already written, and cannot invent one).
 *
 *   begin {"id":3,"op":"answer","effects":[…]}   an operation starts
 *   ack {"id":3,"backup":"manual-….sqlite"}      it was acknowledged to the caller
 */

/** Something an operation makes true once applied; the parent probes the database for it. */
export type Marker =
  | { kind: 'answer'; key: string; sessionId: number; position: number }
  | { kind: 'import'; key: string; questions: number }
  | { kind: 'recording'; key: string; sessionId: number; position: number; bytes: number; sha256: string };

export type OpType = 'open' | 'write' | 'backup' | 'restore';

export interface BeginLine {
  id: number;
  op: string;
  type: OpType;
  effects: Marker[];
  /** For a restore: the backup it restores. */
  backup?: string;
}

export interface AckLine {
  id: number;
  /** For a backup: the file it wrote. */
  backup?: string;
  /** For open: the database's user_version afterwards. */
  version?: number;
}

export function emit(kind: 'begin' | 'ack' | 'ready' | 'error', body: object): void {
  writeSync(1, `${kind} ${JSON.stringify(body)}\n`);
}

export interface ChildLog {
  begins: BeginLine[];
  acks: Map<number, AckLine>;
  ready: boolean;
  errors: string[];
}

export function parseLog(stdout: string): ChildLog {
  const log: ChildLog = { begins: [], acks: new Map(), ready: false, errors: [] };
  for (const line of stdout.split('\n')) {
    const space = line.indexOf(' ');
    if (space < 0) continue;
    const kind = line.slice(0, space);
    let body: unknown;
    try {
      body = JSON.parse(line.slice(space + 1));
    } catch {
      continue; // the last line may be cut by the kill; it was never a complete report
    }
    if (kind === 'begin') log.begins.push(body as BeginLine);
    else if (kind === 'ack') log.acks.set((body as AckLine).id, body as AckLine);
    else if (kind === 'ready') log.ready = true;
    else if (kind === 'error') log.errors.push(JSON.stringify(body));
  }
  return log;
}
