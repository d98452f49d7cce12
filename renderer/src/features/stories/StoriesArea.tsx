import type { ReactNode } from 'react';
import './stories.css';

/** Wraps the story bank pages: `#/stories`, `#/stories/new` and `#/stories/<id>` (routes in app/routes.tsx). */
export function StoriesLayout({ children }: { children: ReactNode }) {
  return <div className="stories-area">{children}</div>;
}
