import { ProgressDashboard } from './ProgressDashboard';

/** `#/progress`: the dashboard (its charts load with this page's chunk, never with the first screen). */
export function ProgressHome() {
  return (
    <section aria-labelledby="progress-heading">
      <h1 id="progress-heading">Progress</h1>
      <ProgressDashboard />
    </section>
  );
}
