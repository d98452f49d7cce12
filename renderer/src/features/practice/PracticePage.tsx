import type { ReactNode } from 'react';
import './practice.css';

/**
 * Wraps the practice pages (routes in app/routes.tsx): `#/practice` (home and set-up),
 * `#/practice?categories=A,B` (set-up narrowed to those categories, as the reflection offers)
 * and `#/practice/session/<id>` (the session, or its summary).
 */
export function PracticeLayout({ children }: { children: ReactNode }) {
  return children;
}
