import { useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import type { ProgressRange } from '../../../../shared/domain/progress/dashboard';
import type { GrainChoice } from '../../../../shared/domain/progress/trend';
import { api } from '../../api/client';
import { useApiQuery, useQueryResult } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DashboardView } from './DashboardView';
import { startDueSession } from './start-due-session';

/** Loads the dashboard, the due list, a chosen category's trend and the reflection log. */
export function ProgressDashboard() {
  const [range, setRange] = useState<ProgressRange>('12w');
  const [category, setCategory] = useState<string | null>(null);
  const [grain, setGrain] = useState<GrainChoice>('auto');
  const [dashboard, reload] = useApiQuery('progress.dashboard', { range, grain });
  const [due] = useApiQuery('progress.dueQuestions', { limit: 10 });
  const [trend] = useQueryResult(['progress', 'progress.categoryTrend', { category, range, grain }], () =>
    category === null ? Promise.resolve({ ok: true as const, value: null }) : api.progress.categoryTrend({ category, range, grain }),
  );
  const [interviews] = useQueryResult(['reflection', 'interviews-with-open-actions'], async () => {
    const [list, actions] = await Promise.all([api.reflection.listInterviews({}), api.reflection.listActions({ status: 'open' })]);
    if (!list.ok) return list;
    if (!actions.ok) return actions;
    return { ok: true as const, value: { interviews: list.value, openActions: actions.value } };
  });
  const [delivery] = useQueryResult(['progress', 'delivery'], async () => {
    const [trend, mismatches] = await Promise.all([
      api.progress.deliveryTrend({ limit: 20 }),
      api.progress.deliveryMismatches({ limit: 10 }),
    ]);
    if (!trend.ok) return trend;
    if (!mismatches.ok) return mismatches;
    return { ok: true as const, value: { trend: trend.value, mismatches: mismatches.value } };
  });
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<ErrorData | null>(null);

  if (dashboard.status === 'loading') return <p aria-live="polite">Loading your progress…</p>;
  if (dashboard.status === 'error') return <ErrorMessage error={dashboard.error} onRetry={reload} />;
  return (
    <>
      {startError && <ErrorMessage error={startError} />}
      <DashboardView
        dashboard={dashboard.value}
        dueQuestions={due.status === 'ready' ? due.value : []}
        category={category}
        categoryTrend={trend.status === 'ready' ? trend.value : null}
        grain={grain}
        onGrainChange={setGrain}
        interviews={interviews.status === 'ready' ? interviews.value : interviews.status === 'loading' ? 'loading' : null}
        startingReview={starting}
        delivery={delivery.status === 'ready' ? delivery.value : null}
        onRangeChange={setRange}
        onCategoryChange={setCategory}
        onStartReview={() => {
          setStarting(true);
          void startDueSession().then((result) => {
            setStarting(false);
            setStartError(result.ok ? null : result.error);
          });
        }}
      />
    </>
  );
}
