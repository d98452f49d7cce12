import type { Result } from '../../../../shared/contract/result';
import { maxQuestionsPerSession } from '../../../../shared/domain/sessions';
import { api } from '../../api/client';
import { navigate } from '../../lib/navigation';
import { markFresh } from '../../lib/fresh-session';

/**
 * One click from "due today" to a mock interview of exactly the due questions
 * (most overdue first), with the user's last set-up (or their defaults) for
 * timing, read-aloud and recording.
 */
export async function startDueSession(): Promise<Result<null>> {
  const [due, options] = await Promise.all([api.progress.dueQuestions({ limit: maxQuestionsPerSession }), api.sessions.setupOptions({})]);
  if (!due.ok) return due;
  if (!options.ok) return options;
  if (due.value.length === 0) return { ok: false, error: { code: 'not_found', message: 'Nothing is due for review right now.' } };
  const base = options.value.lastSetup ?? options.value.defaults;
  const started = await api.sessions.start({
    setup: { ...base, order: 'due', count: due.value.length },
    questionIds: due.value.map((q) => q.questionId),
    // Not the user's own set-up: "Same again?" keeps offering theirs.
    origin: 'review',
  });
  if (!started.ok) return started;
  markFresh(started.value.id);
  navigate(`/practice/session/${started.value.id}`);
  return { ok: true, value: null };
}
