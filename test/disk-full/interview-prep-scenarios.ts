import { type Scenario, sql } from './scenario-types';

/** Each round's list: `ids` turned by `round` places (so every round saves a different order or set). */
const turned = (ids: readonly number[], round: number) => ids.map((_, i) => ids[(i + round) % ids.length]!);

/** Preparing for a logged interview: the questions to ask the interviewer, and the preparation plan. */
export const interviewPrepScenarios: Scenario[] = [
  {
    channel: 'reflection.saveAsks',
    async run(call, f, _m, round) {
      // A different order each round, and one question fewer every other round.
      const questionIds = turned(f.askQuestionIds, round).slice(0, round % 2 === 0 ? 3 : 2);
      const result = await call('reflection.saveAsks', { interviewId: f.interviewId, questionIds });
      return {
        result,
        check: sql(
          'asks',
          'SELECT group_concat(question_id) FROM (SELECT question_id FROM interview_asks WHERE interview_id = ? ORDER BY position)',
          [f.interviewId],
          questionIds.join(','),
        ),
      };
    },
  },
  {
    channel: 'progress.savePlan',
    async run(call, f, _m, round) {
      // Two of the three plan questions, a different one left out each round.
      const ids = f.planQuestionIds.filter((_, i) => i !== round % f.planQuestionIds.length);
      const questions = ids.map((questionId) => ({ questionId, source: 'picked' }));
      const result = await call('progress.savePlan', { interviewId: f.interviewId, questions });
      return {
        result,
        check: sql(
          'plan',
          'SELECT group_concat(question_id) FROM (SELECT question_id FROM interview_plan_questions WHERE interview_id = ? ORDER BY question_id)',
          [f.interviewId],
          [...ids].sort((a, b) => a - b).join(','),
        ),
      };
    },
  },
];
