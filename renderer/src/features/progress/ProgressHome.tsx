import type { ReactNode } from 'react';
import { href, paths } from '../../lib/navigation';
import { ProgressDashboard } from './ProgressDashboard';

/**
 * `#/progress`: `readiness` (the next interview's readiness section, features/readiness), then the
 * dashboard (its charts load with this page's chunk, never with the first screen), then `extra`:
 * sections other features add (the story bank's gaps). Both are composed in by the route table.
 */
export function ProgressHome({ readiness = null, extra = null }: { readiness?: ReactNode; extra?: ReactNode }) {
  return (
    <section aria-labelledby="progress-heading">
      <h1 id="progress-heading">Progress</h1>
      <p>
        <a href={href(paths.shareProgress)}>Share my progress</a> — a file for a coach or mentor, with names replaced if you wish.
      </p>
      {readiness}
      <ProgressDashboard />
      {extra}
    </section>
  );
}
