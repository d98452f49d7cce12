import type { Result } from '../../../../shared/contract/result';
import { api } from '../../api/client';
import { markFresh } from '../../lib/fresh-session';
import { navigate, paths } from '../../lib/navigation';

/**
 * Starts a mock interview of exactly `questionIds` (readiness's "what to do
 * today": never-practised plan questions first, then the due ones), with the
 * user's last set-up (or their defaults) for timing, read-aloud and recording.
 */
export async function startPlanSession(questionIds: readonly number[]): Promise<Result<null>> {
  if (questionIds.length === 0) return { ok: false, error: { code: 'not_found', message: 'Nothing in the plan needs practice today.' } };
  const options = await api.sessions.setupOptions({});
  if (!options.ok) return options;
  const base = options.value.lastSetup ?? options.value.defaults;
  const started = await api.sessions.start({ setup: { ...base, order: 'due', count: questionIds.length }, questionIds: [...questionIds] });
  if (!started.ok) return started;
  markFresh(started.value.id);
  navigate(paths.session(started.value.id));
  return { ok: true, value: null };
}
