import { z } from 'zod';
import { type Dashboard, type DueSummary, progressRanges } from '../domain/progress/dashboard';
import { type ConfidenceTrend, grainChoices } from '../domain/progress/trend';
import { type QuestionHistory, questionSorts, type QuestionStatsPage } from '../domain/progress/question-history';
import { channel } from './channel';
import { noInput } from './empty';

const range = z.enum(progressRanges).default('12w');
const grain = z.enum(grainChoices).default('auto');
const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const category = z.string().max(200);

export interface DueQuestion {
  questionId: number;
  text: string;
  category: string;
  bankName: string;
  due: string;
  /** In the preparation plan of an upcoming interview (these come first). */
  inPlan: boolean;
  /** Never practised (`neverPractised`): waiting for a first try, not for a review; `due` is then "now". */
  neverPractised: boolean;
}

export const progressChannels = {
  /** Everything the Progress page shows first, from the rollups: fast at any history size. */
  'progress.dashboard': channel(z.strictObject({ range, grain })).returns<Dashboard>(),
  /** Average confidence over time for one category (empty string: questions without a category), per session, day, week or month. */
  'progress.categoryTrend': channel(z.strictObject({ category, range, grain })).returns<ConfidenceTrend>(),
  /** Practised questions with their figures, a page at a time. */
  'progress.questions': channel(
    z.strictObject({
      sort: z.enum(questionSorts).default('weakest'),
      category: category.nullable().default(null),
      limit: z.number().int().min(1).max(100).default(25),
      offset: z.number().int().min(0).max(1_000_000).default(0),
    }),
  ).returns<QuestionStatsPage>(),
  /** One question's attempts (newest first) and review schedule. */
  'progress.questionHistory': channel(
    z.strictObject({ questionId: id, limit: z.number().int().min(1).max(1000).default(100) }),
  ).returns<QuestionHistory>(),
  /** Today's queue on the home screen: reviews due and never-practised questions waiting, counted apart. */
  'progress.due': channel(noInput).returns<DueSummary>(),
  /** Questions due for review by the end of today: upcoming interviews' plan questions first, then most overdue. */
  'progress.dueQuestions': channel(z.strictObject({ limit: z.number().int().min(1).max(100).default(20) })).returns<DueQuestion[]>(),
};
