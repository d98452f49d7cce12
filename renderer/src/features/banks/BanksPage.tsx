import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { paths } from '../../lib/navigation';
import { useSlashToSearch } from './use-slash-to-search';
import './banks.css';

/**
 * Wraps the question-bank pages — `#/banks` (all banks), `#/banks/search`, `#/banks/import`,
 * `#/banks/<id>`, `#/banks/<id>/new` and `#/banks/questions/<id>` — with the area's sub-navigation.
 * `/` focuses search from anywhere in the area.
 */
export function BanksLayout({ children }: { children: ReactNode }) {
  useSlashToSearch();
  const [path] = useLocation();
  const here = path.startsWith(paths.bankSearch) ? 'search' : path.startsWith(paths.bankImport) ? 'import' : 'banks';
  return (
    <div className="banks-area">
      <nav aria-label="Question banks" className="sub-nav">
        <ul>
          <li>
            <a href={`#${paths.banks}`} aria-current={here === 'banks' ? 'page' : undefined}>
              Banks
            </a>
          </li>
          <li>
            <a href={`#${paths.bankSearch}`} aria-current={here === 'search' ? 'page' : undefined}>
              Search <kbd aria-hidden="true">/</kbd>
            </a>
          </li>
          <li>
            <a href={`#${paths.bankImport}`} aria-current={here === 'import' ? 'page' : undefined}>
              Import
            </a>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
