import type { FeatureDeps } from '../../feature-deps';
import type { HandlersFor } from '../../ipc/handlers';
import { dashboardQueries } from './dashboard-queries';
import { dueQuestionList } from './due-queries';
import { questionQueries } from './question-queries';

type ProgressChannel =
  | 'progress.dashboard'
  | 'progress.categoryTrend'
  | 'progress.questions'
  | 'progress.questionHistory'
  | 'progress.due'
  | 'progress.dueQuestions';

export function progressHandlers({ db, now }: FeatureDeps): HandlersFor<ProgressChannel> {
  const dashboard = dashboardQueries(db);
  const questions = questionQueries(db);
  const dueList = dueQuestionList(db);
  return {
    'progress.dashboard': ({ range, grain }) => dashboard.dashboard(range, now(), grain),
    'progress.categoryTrend': ({ category, range, grain }) => dashboard.categoryTrend(category, range, grain, now()),
    'progress.questions': ({ sort, category, limit, offset }) => questions.page(sort, category, limit, offset),
    'progress.questionHistory': ({ questionId, limit }) => questions.history(questionId, limit, now()),
    'progress.due': () => dashboard.due(now()),
    'progress.dueQuestions': ({ limit }) => dueList(now(), limit),
  };
}
