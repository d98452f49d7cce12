import { useEffect, useRef } from 'react';
import { BankListPage } from './BankListPage';
import { BankPage } from './BankPage';
import { ImportPage } from './ImportPage';
import { NewQuestionPage, QuestionPage } from './QuestionPage';
import { SearchPage } from './SearchPage';
import { useSlashToSearch } from './use-slash-to-search';
import './banks.css';

const idFrom = (segment: string | undefined) => (segment && /^\d{1,12}$/.test(segment) ? Number(segment) : null);

function route(subPath: readonly string[]) {
  const [first, second, third] = subPath;
  if (first === undefined) return <BankListPage />;
  if (first === 'search') return <SearchPage />;
  if (first === 'import') return <ImportPage />;
  if (first === 'questions' && idFrom(second) !== null) return <QuestionPage key={second} questionId={idFrom(second)!} />;
  const bankId = idFrom(first);
  if (bankId !== null && second === 'new' && third === undefined) return <NewQuestionPage key={bankId} bankId={bankId} />;
  if (bankId !== null && second === undefined) return <BankPage key={bankId} bankId={bankId} />;
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        <a href="#/banks">Go to your question banks</a>
      </p>
    </section>
  );
}

/**
 * The question-bank area: `#/banks` (all banks), `#/banks/search`,
 * `#/banks/import`, `#/banks/<id>`, `#/banks/<id>/new` and
 * `#/banks/questions/<id>`. `/` focuses search from anywhere in the area.
 */
export function BanksPage({ subPath = [] }: { subPath?: readonly string[] }) {
  useSlashToSearch();
  const area = useRef<HTMLDivElement>(null);
  const routeKey = subPath.join('/');
  const firstRender = useRef(true);

  // Moving between pages inside the area: put focus on the new page's heading (unless the page placed it,
  // like search), so keyboard and screen-reader users start at the top of what they opened.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // Pages that load data render their heading a moment later, so look for it for up to a second.
    let tries = 0;
    const timer = setInterval(() => {
      const active = document.activeElement;
      const placed = active && active !== document.body && area.current?.contains(active);
      const heading = area.current?.querySelector('h1');
      if (placed || heading || ++tries > 20) clearInterval(timer);
      if (placed || !heading) return;
      heading.tabIndex = -1;
      heading.focus();
    }, 50);
    return () => clearInterval(timer);
  }, [routeKey]);

  const here = subPath[0] === 'search' ? 'search' : subPath[0] === 'import' ? 'import' : 'banks';
  return (
    <div className="banks-area" ref={area}>
      <nav aria-label="Question banks" className="sub-nav">
        <ul>
          <li>
            <a href="#/banks" aria-current={here === 'banks' ? 'page' : undefined}>
              Banks
            </a>
          </li>
          <li>
            <a href="#/banks/search" aria-current={here === 'search' ? 'page' : undefined}>
              Search <kbd aria-hidden="true">/</kbd>
            </a>
          </li>
          <li>
            <a href="#/banks/import" aria-current={here === 'import' ? 'page' : undefined}>
              Import
            </a>
          </li>
        </ul>
      </nav>
      {route(subPath)}
    </div>
  );
}
