import type { Database } from 'better-sqlite3';
import type { QuestionFilter, SessionOrder } from '../../../../shared/domain/sessions';

/** How progress ranks questions; supplied by the progress service, so this file holds no scoring of its own. */
export interface ProgressRanking {
  weakest(candidateIds: number[], limit: number): number[];
  due(now: Date, candidateIds: number[], limit: number): number[];
}

/** Fisher–Yates; `random` is injectable so tests can fix the order. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/**
 * Picks `count` questions in the set-up's order. Weakest-first and due-for-review
 * take what progress ranks first and fill any remaining places at random, so a
 * session always has as many questions as asked for while enough match.
 */
export function orderQuestions(
  candidates: number[],
  order: SessionOrder,
  count: number,
  ranking: ProgressRanking,
  now: Date,
  random: () => number = Math.random,
): number[] {
  let first: number[] = [];
  if (order === 'weakest') first = ranking.weakest(candidates, count);
  else if (order === 'due') first = ranking.due(now, candidates, count);
  const allowed = new Set(candidates);
  const picked = [...new Set(first.filter((id) => allowed.has(id)))].slice(0, count);
  const taken = new Set(picked);
  const rest = shuffled(
    candidates.filter((id) => !taken.has(id)),
    random,
  );
  return [...picked, ...rest.slice(0, count - picked.length)];
}

/**
 * Live questions (neither they nor their bank archived) matching a filter, prepared once per database.
 * Questions of 'ask' banks (questions to ask the interviewer) match only when the filter includes them,
 * whichever way the session is built: a set-up, a repeat, a preset or a list of ids (due review, weakest).
 */
export function questionMatcher(db: Database) {
  const matching = db.prepare<{ bankIds: string; categories: string; tags: string; includeAsk: number }, { id: number }>(`
    SELECT q.id FROM questions q JOIN banks b ON b.id = q.bank_id
    WHERE q.archived_at IS NULL AND b.archived_at IS NULL AND (@includeAsk = 1 OR b.purpose = 'answer')
      AND q.bank_id IN (SELECT value FROM json_each(@bankIds))
      AND (json_array_length(@categories) = 0 OR q.category IN (SELECT value FROM json_each(@categories)))
      AND (json_array_length(@tags) = 0
           OR EXISTS (SELECT 1 FROM json_each(q.tags) t WHERE t.value IN (SELECT value FROM json_each(@tags))))
    ORDER BY q.id`);
  const live = db.prepare<{ ids: string; includeAsk: number }, { id: number }>(`
    SELECT q.id FROM questions q JOIN banks b ON b.id = q.bank_id
    WHERE q.archived_at IS NULL AND b.archived_at IS NULL AND (@includeAsk = 1 OR b.purpose = 'answer')
      AND q.id IN (SELECT value FROM json_each(@ids))`);

  return {
    ids(filter: QuestionFilter): number[] {
      return matching
        .all({
          bankIds: JSON.stringify(filter.bankIds),
          categories: JSON.stringify(filter.categories),
          tags: JSON.stringify(filter.tags),
          includeAsk: filter.includeQuestionsToAsk ? 1 : 0,
        })
        .map((row) => row.id);
    },
    /** The given ids that are still live (and not questions to ask, unless included), in the given order. */
    liveOf(ids: number[], includeQuestionsToAsk: boolean): number[] {
      const found = new Set(live.all({ ids: JSON.stringify(ids), includeAsk: includeQuestionsToAsk ? 1 : 0 }).map((row) => row.id));
      return [...new Set(ids)].filter((id) => found.has(id));
    },
  };
}
