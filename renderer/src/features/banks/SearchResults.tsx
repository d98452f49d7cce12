import type { KeyboardEvent } from 'react';
import { highlightText, type SearchHit, searchTerms } from '../../../../shared/domain/question-search';
import { difficultyLabels } from '../../../../shared/domain/questions';
import { Marked, MatchSnippet } from '../../components/SearchMatch';

interface Props {
  hits: readonly SearchHit[];
  query: string;
  active: number;
  onActiveChange: (index: number) => void;
  onOpen: (hit: SearchHit) => void;
}

/**
 * Search results as a listbox driven from the search box (combobox pattern):
 * focus stays in the box, arrows move the active result, Enter opens it.
 */
export function SearchResults({ hits, query, active, onActiveChange, onOpen }: Props) {
  const terms = searchTerms(query);
  return (
    <ul role="listbox" id="search-results" aria-label="Search results" className="search-results">
      {hits.map((hit, i) => {
        const marked = highlightText(hit.text, terms);
        return (
          // Clicks work too; keyboard users move with the arrows from the search box.
          <li
            key={hit.id}
            id={`search-hit-${hit.id}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'search-hit active' : 'search-hit'}
            onClick={() => onOpen(hit)}
            onMouseMove={() => i !== active && onActiveChange(i)}
          >
            <span className="search-hit-text">{marked ? <Marked text={marked} /> : hit.text}</span>
            <span className="muted search-hit-meta">
              {[hit.bankName, hit.category, difficultyLabels[hit.difficulty], hit.star ? 'STAR' : null].filter(Boolean).join(' · ')}
            </span>
            <MatchSnippet hit={hit} />
          </li>
        );
      })}
    </ul>
  );
}

/** Arrow keys, Page Up/Down and Enter for the search box (Home and End stay with the text); true when handled. */
export function handleResultKeys(
  event: KeyboardEvent,
  count: number,
  active: number,
  move: (index: number) => void,
  open: () => void,
): boolean {
  if (count === 0) return false;
  const go = (index: number) => {
    event.preventDefault();
    move(index);
    return true;
  };
  switch (event.key) {
    case 'ArrowDown':
      return go(active < 0 ? 0 : Math.min(count - 1, active + 1));
    case 'ArrowUp':
      return go(Math.max(0, active - 1));
    case 'PageDown':
      return go(Math.min(count - 1, Math.max(0, active) + 10));
    case 'PageUp':
      return go(Math.max(0, active - 10));
    case 'Enter':
      if (active < 0) return false;
      event.preventDefault();
      open();
      return true;
    default:
      return false;
  }
}
