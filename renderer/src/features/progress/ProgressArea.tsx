import type { ReactNode } from 'react';
import { ProgressDashboard } from './ProgressDashboard';
import './progress.css';

/** Wraps the progress pages: `#/progress`, `#/progress/questions` and `#/progress/question/<id>`. */
export function ProgressLayout({ children }: { children: ReactNode }) {
  return children;
}

/** `#/progress`: the dashboard. */
export function ProgressHome() {
  return (
    <section aria-labelledby="progress-heading">
      <h1 id="progress-heading">Progress</h1>
      <ProgressDashboard />
    </section>
  );
}
