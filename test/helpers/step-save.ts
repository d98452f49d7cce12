import type { AppCore } from '../../electron/main/app-core';
import type { z } from 'zod';
import type { StepName, stepDraftSchemas } from '../../shared/domain/reflection/drafts';
import { callOk } from './test-core';

type DraftInput<N extends StepName> = z.input<(typeof stepDraftSchemas)[N]>;

/**
 * Saves one reflection step the way the app's autosave does: based on the
 * reflection's current version and that step's current draft (read first),
 * so it always applies. Returns the save outcome.
 */
export async function saveStepNow<N extends StepName>(core: AppCore, interviewId: number, step: N, draft: DraftInput<N>) {
  const view = await callOk(core, 'reflection.get', { interviewId });
  return callOk(core, 'reflection.saveStep', {
    interviewId,
    save: { baseVersion: view.version, base: { [step]: view.drafts[step] }, changes: { [step]: draft } },
  });
}
