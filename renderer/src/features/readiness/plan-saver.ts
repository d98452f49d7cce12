import type { ErrorData, Result } from '../../../../shared/contract/result';
import type { Plan, PlanQuestion } from '../../../../shared/domain/readiness/readiness';

/**
 * Writes the whole plan (the `progress.savePlan` call) made from `base` (the question ids it was made from, so the
 * main process merges another window's changes since); answers the plan as stored.
 */
export type SavePlanFn = (questions: { questionId: number; source: PlanQuestion['source'] }[], base: number[]) => Promise<Result<Plan>>;

export type PlanSaveState =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved'; count: number } | { status: 'failed'; error: ErrorData };

/**
 * Saves an interview's plan after every click that changes it (add, remove),
 * so a plan built by clicks is never lost by leaving the page (a new-user walk
 * lost eight added questions that way). One write at a time, always the newest
 * list: changes made while a write is in flight are sent as one write after it.
 * A failed write keeps the list as shown and reports; `retry` sends it again.
 * Each write names the list it was made from (`base`), so questions another
 * window added or removed meanwhile are merged, not overwritten; once no newer
 * click is waiting, `onSaved` gets the stored (merged) plan to show.
 * Framework-free; `flush` is the page-leave hook (see lib/autosave/leave-flush).
 */
export class PlanSaver {
  private wanted: PlanQuestion[] | null = null;
  private lastFailed: PlanQuestion[] | null = null;
  private running: Promise<boolean> | null = null;
  private state: PlanSaveState = { status: 'idle' };
  private readonly listeners = new Set<() => void>();

  /** The question ids the list being edited was made from: the last stored plan this page showed. */
  private base: number[];

  constructor(
    private readonly save: SavePlanFn,
    private readonly onSaved: (plan: Plan) => void,
    initial: readonly PlanQuestion[] = [],
  ) {
    this.base = initial.map((q) => q.questionId);
  }

  /** The list to keep now (the whole plan, in order). */
  change(questions: PlanQuestion[]): void {
    this.wanted = questions;
    void this.run();
  }

  /** Sends the list whose write failed again. */
  retry(): void {
    if (this.lastFailed && !this.wanted) this.change(this.lastFailed);
  }

  /** Starts any unsent write now; resolves true once nothing is left unsaved. */
  flush(): Promise<boolean> {
    return this.run();
  }

  getState = (): PlanSaveState => this.state;

  /** The question ids the next write names as its base. */
  currentBase(): number[] {
    return this.base;
  }

  /**
   * The page now shows a list merged with the stored plan `ids` (after a refusal over the limit): the next write is
   * made from it, and the refused list is not offered for "Try again".
   */
  rebase(ids: number[]): void {
    this.base = ids;
    this.lastFailed = null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(state: PlanSaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  private run(): Promise<boolean> {
    // The first write starts synchronously, so a flush while the page is leaving sends it as it goes.
    this.running ??= this.loop().finally(() => (this.running = null));
    return this.running;
  }

  private async loop(): Promise<boolean> {
    let ok = true;
    while (this.wanted) {
      const list = this.wanted;
      this.wanted = null;
      this.set({ status: 'saving' });
      const result = await this.save(
        list.map((q) => ({ questionId: q.questionId, source: q.source })),
        this.base,
      );
      if (this.wanted) {
        // Newer clicks replace this list; their write follows at once. They were made from this list, now stored.
        if (result.ok) this.base = list.map((q) => q.questionId);
        continue;
      }
      if (result.ok) {
        ok = true;
        this.lastFailed = null;
        this.base = result.value.questions.map((q) => q.questionId);
        this.set({ status: 'saved', count: result.value.questions.length });
        this.onSaved(result.value);
      } else {
        ok = false;
        this.lastFailed = list;
        this.set({ status: 'failed', error: result.error });
      }
    }
    return ok && this.lastFailed === null;
  }
}
