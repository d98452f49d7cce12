import { type StepDrafts, type StepName, stepDraftSchemas } from '../../../../shared/domain/reflection/drafts';
import { clearLocalDraft, readLocalDraft } from './local-drafts';
import { localDraftKey } from './use-draft-saver';

/**
 * The saved drafts, with any typing that had not reached the main process
 * before the page went away (kept in local storage) laid over them.
 * Returns the steps that were restored, so they can be saved now.
 */
export function restoreDrafts(interviewId: number, saved: StepDrafts): { drafts: StepDrafts; restored: StepName[] } {
  const drafts = { ...saved };
  const restored: StepName[] = [];
  for (const name of Object.keys(stepDraftSchemas) as StepName[]) {
    const key = localDraftKey(interviewId, name);
    const local = readLocalDraft(key);
    if (local === undefined) continue;
    const parsed = stepDraftSchemas[name].safeParse(local);
    if (!parsed.success || JSON.stringify(parsed.data) === JSON.stringify(saved[name])) {
      clearLocalDraft(key);
      continue;
    }
    (drafts as Record<StepName, unknown>)[name] = parsed.data;
    restored.push(name);
  }
  return { drafts, restored };
}
