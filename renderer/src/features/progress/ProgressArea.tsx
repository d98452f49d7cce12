import type { ReactNode } from 'react';
import './progress.css';

/** Wraps the progress pages: `#/progress`, `#/progress/questions` and `#/progress/question/<id>`. */
export function ProgressLayout({ children }: { children: ReactNode }) {
  return children;
}
