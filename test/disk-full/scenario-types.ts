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
  /** Whether the history bank is archived now (the fixtures archive it): banks.restore brings it back, banks.remove archives it again. */
  historyArchived: boolean;
  questionIds: number[];
  sessionId: number;
  /** The session whose answer at position 0 was last acknowledged: the rating scenarios re-rate it. */
  answeredSessionId?: number;
  /** Set once sessions.end was acknowledged and no new session could be started since: the answer scenarios wait. */
  sessionEnded?: boolean;
  /** Set once sessions.start was refused (the disk is full). */
  startRefused?: boolean;
  interviewId: number;
  actionId: number;
  /** Live questions of a bank of questions to ask the interviewer (the starter one), for reflection.saveAsks. */
  askQuestionIds: number[];
  /** Questions only the plan scenario uses (never archived), for progress.savePlan. */
  planQuestionIds: number[];
  /** A story the story scenarios edit, link and record uses of. */
  storyId: number;
  /** A story with two competencies, so rehearsing it starts a session of two questions (as the answer scenarios need). */
  rehearsalStoryId: number;
  /** The recording the last acknowledged sessions.finishRecording stored, for the delivery facts scenario. */
  recordingId?: number;
  /**
   * Ids for the scenarios that remove or delete: made by the fixtures and by acknowledged creates. A scenario
   * takes the first and drops it only once the removal was acknowledged, so a refused removal is tried again.
   * `links` are questions linked to `storyId`; `uses` are uses of it.
   */
  made: { interviews: number[]; actions: number[]; banks: number[]; stories: number[]; uses: number[]; links: number[] };
}

export type Call = (channel: string, input: unknown) => Promise<Result<unknown>>;

export interface Scenario<F = Fixtures> {
  channel: string;
  /** Calls the channel once; returns the check for an acknowledged write, or null when there was nothing to do. */
  run(call: Call, f: F, marker: string, round: number): Promise<{ result: Result<unknown>; check: Check | null } | null>;
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

/**
 * Removes the first id of `pool` with `remove`, dropping it from the pool only once acknowledged (so a refused
 * removal is the same write next time); `check` is what holds once it was removed. Null when the pool is empty.
 */
export async function removeFirst(
  pool: number[],
  remove: (id: number) => Promise<Result<unknown>>,
  check: (id: number) => Check,
): Promise<{ result: Result<unknown>; check: Check } | null> {
  const id = pool[0];
  if (id === undefined) return null;
  const result = await remove(id);
  if (result.ok) pool.shift();
  return { result, check: check(id) };
}
