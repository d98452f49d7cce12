import type { Result } from '../../shared/contract/result';

/** What must hold in the data folder once a write was acknowledged; the parent checks it after the child is gone. */
export type Check =
  { kind: 'sql'; key: string; sql: string; args: unknown[]; expect: unknown } | { kind: 'file'; key: string; path: string };

/** The fixtures every scenario works on, made before the disk fills. */
export interface Fixtures {
  bankId: number;
  otherBankId: number;
  /** A bank with practice history, which banks.remove archives rather than deletes. */
  historyBankId: number;
  questionIds: number[];
  sessionId: number;
  /** Set once sessions.end was acknowledged and no new session could be started since: the answer scenarios wait. */
  sessionEnded?: boolean;
  /** Set once sessions.start was refused (the disk is full). */
  startRefused?: boolean;
  interviewId: number;
  actionId: number;
  /** The recording the last acknowledged sessions.finishRecording stored, for the delivery facts scenario. */
  recordingId?: number;
  /** Ids made by earlier scenarios, for the ones that end, remove or delete them. */
  made: { interviews: number[]; actions: number[]; banks: number[] };
}

export type Call = (channel: string, input: unknown) => Promise<Result<unknown>>;

export interface Scenario {
  channel: string;
  /** Calls the channel once; returns the check for an acknowledged write, or null when there was nothing to do. */
  run(call: Call, f: Fixtures, marker: string, round: number): Promise<{ result: Result<unknown>; check: Check | null } | null>;
}

/** A check that `query` (one value) returns `expect`. */
export const sql = (key: string, query: string, args: unknown[], expect: unknown): Check => ({
  kind: 'sql',
  key,
  sql: query,
  args,
  expect,
});

/** The value of an acknowledged call, else null. */
export const value = <T>(result: Result<unknown>) => (result.ok ? (result.value as T) : null);
