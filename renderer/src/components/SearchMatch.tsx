import type { ReactNode } from 'react';
import { type SearchHit, splitHighlights } from '../../../shared/domain/question-search';

/** Text with the search's highlight marks (`highlightStart`…`highlightEnd`) shown as `<mark>`. */
export function Marked({ text }: { text: string }): ReactNode {
  return splitHighlights(text).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>));
}

const where = { text: '', tags: 'in tags', guidance: 'in guidance', notes: 'in your notes' } as const;

/**
 * Where a search hit matched when it was not the question's own words ("Found in guidance: …under
 * <mark>pressure</mark>…"), so a hit that only shares a word of its guidance reads as such. Nothing for a
 * match in the text.
 */
export function MatchSnippet({ hit }: { hit: Pick<SearchHit, 'snippet' | 'matchedIn'> }): ReactNode {
  if (!hit.snippet || !hit.matchedIn) return null;
  return (
    <span className="search-hit-snippet">
      <span className="muted">Found {where[hit.matchedIn]}: </span>
      <Marked text={hit.snippet} />
    </span>
  );
}
