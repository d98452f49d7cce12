import type { ReactNode } from 'react';
import './reflection.css';

/**
 * Wraps the reflection pages: the home (log and patterns), `new`, `actions`,
 * and `interview/<id>` with `edit`, `step/<n>` or `summary` (routes in app/routes.tsx).
 */
export function ReflectionLayout({ children }: { children: ReactNode }) {
  return <div className="reflection-area">{children}</div>;
}
