import type { ReactNode } from 'react';
import { href, paths } from '../../lib/navigation';
import { ProgressDashboard } from './ProgressDashboard';

/**
 * `#/progress`: the dashboard (its charts load with this page's chunk, never with the first screen), then
 * `extra`: sections other features add, composed by the route table (the story bank's gaps).
 */
export function ProgressHome({ extra }: { extra?: ReactNode }) {
  return (
    <section aria-labelledby="progress-heading">
      <h1 id="progress-heading">Progress</h1>
      <p>
        <a href={href(paths.shareProgress)}>Share my progress</a> — a file for a coach or mentor, with names replaced if you wish.
      </p>
      <ProgressDashboard />
      {extra}
    </section>
  );
}
