import type { ErrorData, Result } from '../../../../shared/contract/result';
import { type FieldValues, sameValue, type SaveOutcome, type VersionedChanges } from '../../../../shared/domain/row-version';
import { type LocalCopy, localCopyStore } from './local-copy';

/** Sends one versioned write (the channel call); the main process answers saved or conflict. */
export type SaveFn<F extends FieldValues> = (write: VersionedChanges<F>) => Promise<Result<SaveOutcome<F>>>;

export type AutosaveState<F extends FieldValues> =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: string }
  /** `retrying`: an automatic attempt is scheduled (not for input the main process refused as invalid). */
  | { status: 'failed'; error: ErrorData; retrying: boolean }
  /** Another window changed the same fields; nothing is sent until the user chooses (`resolve`). */
  | { status: 'conflict'; fields: (keyof F & string)[]; mine: F; saved: F }
  /** Everything else is saved; these fields are over a length limit and wait (kept on this computer) until shortened. */
  | { status: 'held'; fields: (keyof F & string)[] };

export interface AutosaverOptions<F extends FieldValues> {
  initial: F;
  version: number;
  save: SaveFn<F>;
  /** Pause in typing before a save: long enough not to save every keystroke, short enough that little is at risk. */
  delayMs?: number;
  /** Keeps unsaved typing in localStorage under this key, so a page that dies before its save loses nothing. */
  localCopy?: LocalCopy<F>;
  /**
   * True when a field's value cannot be saved as it is because text in it is over its length limit
   * (see `onlyTooLong`). Such a field is held back: the others save as usual, it stays in the field
   * and in the local copy, and it is sent once the user shortens it (issue 12: nothing is cut).
   */
  held?: (field: keyof F & string, value: unknown) => boolean;
}

/** Default pause before saving, in ms (the three savers this replaces used 500–800 ms). */
export const autosaveDelayMs = 500;
/** Waits before automatic retries, in ms: quick at first for a passing hiccup, then every 30 s. */
export const retryDelaysMs = [1_000, 2_000, 5_000, 10_000, 30_000] as const;

const pick = <F extends FieldValues>(from: Partial<F>, keys: readonly string[]): Partial<F> =>
  Object.fromEntries(keys.filter((k) => k in from).map((k) => [k, from[k]])) as Partial<F>;
const isEmpty = (value: object) => Object.keys(value).length === 0;
const noRetry = new Set(['invalid_input', 'not_found', 'forbidden']);

/**
 * The one save mechanism for everything the user types (issue 13 item 3,
 * issue 12 item 5, issue 16 item 2). Holds the record's values as shown, the
 * last values and row version the main process acknowledged, and the edits
 * not yet acknowledged. Edits are sent after a pause, on `flush()`, and at
 * once when the page goes away (see leave-flush). A failed save keeps every
 * edit and is retried automatically; newer typing always wins over an older
 * edit; a conflict with another window stops sending until the user chooses.
 * Framework-free so it can be tested without React (`useAutosave` wraps it).
 */
export class Autosaver<F extends FieldValues> {
  private values: F;
  private acked: F;
  private version: number;
  private pending: Partial<F> = {};
  /** Base values (and version) for restored edits made against an older record than the one loaded. */
  private restoredBase: { version: number; base: Partial<F> } | null = null;
  private inflight: Promise<boolean> | null = null;
  private inflightChanges: Partial<F> = {};
  private state: AutosaveState<F> = { status: 'idle' };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempts = 0;
  private readonly listeners = new Set<() => void>();
  private readonly local: ReturnType<typeof localCopyStore<F>> | null;
  private save: SaveFn<F>;

  constructor(private readonly options: AutosaverOptions<F>) {
    this.save = options.save;
    this.values = options.initial;
    this.acked = options.initial;
    this.version = options.version;
    this.local = options.localCopy ? localCopyStore(options.localCopy) : null;
    const copy = this.local?.read();
    if (copy) {
      const changed = Object.keys(copy.changes).filter((key) => !sameValue(options.initial[key], copy.changes[key]));
      if (changed.length === 0) this.local?.clear();
      else {
        this.pending = pick(copy.changes, changed);
        this.restoredBase = { version: copy.baseVersion, base: pick(copy.base, changed) };
        this.values = { ...this.values, ...this.pending };
      }
    }
  }

  /** The values to show: the record with every unacknowledged edit laid over it. */
  getValues = (): F => this.values;
  getState = (): AutosaveState<F> => this.state;
  hasUnsaved = (): boolean => !isEmpty(this.pending) || this.inflight !== null;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** The channel call to use from now on (a component may pass a new function each render). */
  setSave = (save: SaveFn<F>): void => {
    this.save = save;
  };

  /** True when typing restored from this computer's copy is waiting to be saved (the page should save it soon). */
  restoredEdits = (): boolean => this.restoredBase !== null;

  /** Records the user's edit of some fields and saves it after a pause (not while a conflict waits for a choice). */
  edit(patch: Partial<F>): void {
    this.values = { ...this.values, ...patch };
    this.pending = { ...this.pending, ...patch };
    this.keepLocalCopy();
    this.notify();
    if (this.state.status === 'conflict') return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs ?? autosaveDelayMs);
  }

  /**
   * Saves everything not yet saved and resolves true once the main process
   * has acknowledged it all, false on a failure or conflict. `urgent` (the
   * page is going away) sends at once, even beside a save in flight, and
   * synchronously, so the request leaves before the page does.
   */
  async flush({ urgent = false } = {}): Promise<boolean> {
    clearTimeout(this.timer);
    if (urgent && this.sendableKeys().length > 0 && this.state.status !== 'conflict') void this.send();
    for (;;) {
      if (this.state.status === 'conflict') return false;
      if (this.inflight) {
        if (!(await this.inflight)) return false;
        continue;
      }
      if (isEmpty(this.pending)) return true;
      if (this.sendableKeys().length === 0) {
        this.setState({ status: 'held', fields: this.heldKeys() });
        return false;
      }
      if (!(await this.send())) return false;
    }
  }

  /** After a failure: try again now (the button beside the message). */
  retry = (): Promise<boolean> => this.flush();

  /**
   * The user's answer to a conflict, for `field` (default: every field in
   * conflict). `mine` writes the user's text over the saved one (now based on
   * the saved version, so it applies); `saved` takes the stored text in place
   * of the user's. Sending resumes once no field is left to decide.
   */
  resolve(choice: 'mine' | 'saved', field?: keyof F & string): Promise<boolean> {
    const conflict = this.state;
    if (conflict.status !== 'conflict') return Promise.resolve(true);
    const decided = field === undefined ? conflict.fields : conflict.fields.filter((f) => f === field);
    if (choice === 'saved') {
      for (const key of decided) delete this.pending[key];
      this.values = { ...this.values, ...pick(conflict.saved, decided) };
    }
    const left = conflict.fields.filter((f) => !decided.includes(f));
    this.keepLocalCopy();
    if (left.length > 0) {
      this.setState({ ...conflict, fields: left });
      return Promise.resolve(false);
    }
    this.restoredBase = null;
    this.setState({ status: 'idle' });
    return this.flush();
  }

  /** Stops timers; unsent edits stay in the local copy (if any) for the next load. */
  dispose(): void {
    clearTimeout(this.timer);
  }

  private heldKeys(): (keyof F & string)[] {
    const held = this.options.held;
    return held ? Object.keys(this.pending).filter((key) => held(key, this.pending[key])) : [];
  }

  private sendableKeys(): string[] {
    const held = new Set<string>(this.heldKeys());
    return Object.keys(this.pending).filter((key) => !held.has(key));
  }

  private send(): Promise<boolean> {
    const keys = this.sendableKeys();
    const changes = pick(this.pending, keys);
    const restored = this.restoredBase;
    // What the main process holds (or will, once the save in flight lands), unless restored edits name their own base.
    const knownBase: Partial<F> = { ...this.acked, ...this.inflightChanges };
    const base: Partial<F> = { ...pick(knownBase, keys), ...(restored ? pick(restored.base, keys) : {}) };
    const baseVersion = restored ? Math.min(restored.version, this.version) : this.version;
    // Held fields (over a limit) stay pending, with the base they were restored against.
    const heldKeys = this.heldKeys();
    this.pending = pick(this.pending, heldKeys);
    this.restoredBase = restored && heldKeys.length > 0 ? { version: restored.version, base: pick(restored.base, heldKeys) } : null;
    this.inflightChanges = { ...this.inflightChanges, ...changes };
    this.setState({ status: 'saving' });
    const request = this.save({ baseVersion, base, changes });
    const done = request
      .catch((error: unknown): Result<SaveOutcome<F>> => ({
        ok: false,
        error: { code: 'unavailable', message: error instanceof Error ? error.message : String(error) },
      }))
      .then((result) => this.settle(changes, restored, result));
    this.inflight = done;
    void done.finally(() => {
      if (this.inflight === done) this.inflight = null;
    });
    return done;
  }

  private settle(changes: Partial<F>, restored: typeof this.restoredBase, result: Result<SaveOutcome<F>>): boolean {
    for (const key of Object.keys(changes)) if (sameValue(this.inflightChanges[key], changes[key])) delete this.inflightChanges[key];
    if (!result.ok || result.value.status === 'conflict') {
      // Keep the edit for the next attempt, unless newer typing replaced it meanwhile.
      this.pending = { ...changes, ...this.pending };
      if (restored) this.restoredBase = { version: restored.version, base: { ...restored.base, ...this.restoredBase?.base } };
      if (result.ok) {
        const { fields, saved, version } = result.value as Extract<SaveOutcome<F>, { status: 'conflict' }>;
        this.acked = { ...this.acked, ...saved };
        this.version = Math.max(this.version, version);
        this.setState({ status: 'conflict', fields, saved, mine: this.values });
        return false;
      }
      const retrying = !noRetry.has(result.error.code);
      this.setState({ status: 'failed', error: result.error, retrying });
      if (retrying) {
        const wait = retryDelaysMs[Math.min(this.attempts, retryDelaysMs.length - 1)]!;
        this.attempts += 1;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.flush(), wait);
      }
      return false;
    }
    const outcome = result.value;
    this.attempts = 0;
    if (outcome.version >= this.version) {
      this.acked = outcome.values;
      this.version = outcome.version;
      // Fields another window changed (merged by the main process) show up here; the user's newer typing stays.
      this.values = { ...outcome.values, ...this.inflightChanges, ...this.pending };
    }
    this.keepLocalCopy();
    const held = this.heldKeys();
    if (held.length > 0 && this.sendableKeys().length === 0) this.setState({ status: 'held', fields: held });
    else this.setState(this.hasUnsaved() && !isEmpty(this.pending) ? { status: 'saving' } : { status: 'saved', at: outcome.savedAt });
    return true;
  }

  private keepLocalCopy(): void {
    if (!this.local) return;
    const changes = { ...this.inflightChanges, ...this.pending };
    const keys = Object.keys(changes);
    if (keys.length === 0) return this.local.clear();
    const base = { ...pick(this.acked, keys), ...(this.restoredBase ? pick(this.restoredBase.base, keys) : {}) } as Partial<F>;
    this.local.write({ baseVersion: this.restoredBase ? Math.min(this.restoredBase.version, this.version) : this.version, base, changes });
  }

  private setState(next: AutosaveState<F>): void {
    this.state = next;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
