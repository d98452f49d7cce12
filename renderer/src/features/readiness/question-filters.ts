import type { QuestionReadiness, Readiness } from '../../../../shared/domain/readiness/readiness';

/**
 * The question lists behind each readiness figure, by the `show` value of its
 * link: every figure on the readiness card opens exactly the questions it counts.
 */
export const figureFilters: Record<string, { title: string; keep: (q: QuestionReadiness, r: Readiness) => boolean }> = {
  all: { title: 'Every plan question', keep: () => true },
  practised: { title: 'Practised at least once', keep: (q) => !q.neverPractised },
  never: { title: 'Never practised', keep: (q) => q.neverPractised },
  ready: { title: 'Ready (recent confidence 4 or 5)', keep: (q) => q.ready },
  'not-ready': { title: 'Not ready yet (recent confidence below 4, or never rated)', keep: (q) => !q.ready },
  over: { title: 'Answers over the time limit or cut off at it', keep: (q) => q.overLimit > 0 },
  timed: { title: 'Timed answers since you logged the interview', keep: (q) => q.timed > 0 },
  today: { title: 'To practise today', keep: (q, r) => r.today.sessionIds.includes(q.questionId) },
};

/** `check:<key>`: the questions whose answers left that self-check item unticked. */
export function filterFor(show: string): { title: string; keep: (q: QuestionReadiness, r: Readiness) => boolean } {
  if (show.startsWith('check:')) {
    const key = show.slice('check:'.length);
    return {
      title: 'Answers that missed a self-check item',
      keep: (q, r) => r.failingChecks.some((c) => c.key === key && c.questionIds.includes(q.questionId)),
    };
  }
  return figureFilters[show] ?? figureFilters.all!;
}
