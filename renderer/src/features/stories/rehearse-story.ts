import type { Result } from '../../../../shared/contract/result';
import { api } from '../../api/client';
import { markFresh } from '../../lib/fresh-session';
import { navigate, paths } from '../../lib/navigation';

/**
 * One click from a story to a mock interview rehearsing it: its "Tell me about a time you…"
 * questions, with the user's last set-up (or their defaults) for timing, read-aloud and recording.
 */
export async function rehearseStory(storyId: number): Promise<Result<null>> {
  const options = await api.sessions.setupOptions({});
  if (!options.ok) return options;
  const started = await api.stories.rehearse({ storyId, setup: options.value.lastSetup ?? options.value.defaults });
  if (!started.ok) return started;
  markFresh(started.value.sessionId);
  navigate(paths.session(started.value.sessionId));
  return { ok: true, value: null };
}
