import type { ReactNode } from 'react';
import { ProgressDashboard } from './ProgressDashboard';

/**
 * `#/progress`: the dashboard (its charts load with this page's chunk, never with the first screen).
 * `readiness`: the next interview's readiness section (features/readiness), composed in by the route table.
 */
export function ProgressHome({ readiness = null }: { readiness?: ReactNode }) {
  return (
    <section aria-labelledby="progress-heading">
      <h1 id="progress-heading">Progress</h1>
      {readiness}
      <ProgressDashboard />
    </section>
  );
}
