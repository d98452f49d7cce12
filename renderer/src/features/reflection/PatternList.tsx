import type { Pattern } from '../../../../shared/domain/reflection/patterns';
import { researchFact } from '../../../../shared/domain/reflection/step-issues';

/** What keeps coming back across interviews, in plain sentences. */
export function PatternList({ patterns }: { patterns: Pattern[] }) {
  if (patterns.length === 0) {
    return <p className="muted">Patterns appear here once two or more of your reflections have something in common.</p>;
  }
  return (
    <ul className="pattern-list">
      {patterns.map((p) => (
        <li key={`${p.kind}:${p.message}`}>
          {p.message}
          {p.kind === 'research' && (
            <>
              {' '}
              <span className="muted">{researchFact}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
