import { categoriesFromQuery } from './home/preset-categories';
import { PracticeHome } from './home/PracticeHome';
import { SessionPage } from './SessionPage';
import './practice.css';

/**
 * `#/practice` (home and set-up), `#/practice?categories=A,B` (set-up narrowed to those
 * categories, as the reflection offers) and `#/practice/session/<id>` (the session, or its summary).
 */
export function PracticePage({ subPath, query }: { subPath: string[]; query: string }) {
  const [kind, id] = subPath;
  const sessionId = Number(id);
  if (kind === 'session' && Number.isInteger(sessionId) && sessionId > 0) return <SessionPage key={sessionId} sessionId={sessionId} />;
  return <PracticeHome presetCategories={categoriesFromQuery(query)} />;
}
