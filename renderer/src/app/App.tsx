import { useEffect, useRef } from 'react';
import { Router, useLocation } from 'wouter';
import { useHashPath, useHashQuery } from '../lib/navigation';
import { NoticeBanner } from './NoticeBanner';
import { areas } from './routes';
import { RouteView, useCurrentPage } from './RouteView';
import { ThemeProvider } from '../lib/ThemeProvider';
import { useMenuCommands } from './use-menu-commands';
import { useRouteFocus } from './use-route-focus';
import { installFocusKeeper } from '../lib/focus-keeper';

export function App() {
  return (
    <Router hook={useHashPath} searchHook={useHashQuery} hrefs={(to) => `#${to}`}>
      <ThemeProvider>
        <Shell />
      </ThemeProvider>
    </Router>
  );
}

function Shell() {
  const page = useCurrentPage();
  const [path] = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  useRouteFocus(mainRef, path);
  useEffect(() => installFocusKeeper(() => mainRef.current), []);
  useMenuCommands();
  useEffect(() => {
    document.title = `${page.area?.label ?? 'Page not found'} — Rehearse`;
  }, [page.area]);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <div className="app-shell">
        <header className="app-header">
          <span className="app-name">Rehearse</span>
          <nav aria-label="Main">
            <ul className="nav-list">
              {areas.map((a) => (
                <li key={a.id}>
                  <a href={`#${a.path}`} aria-current={a.id === page.area?.id ? 'page' : undefined}>
                    {a.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
          <NoticeBanner />
          <RouteView page={page} />
        </main>
      </div>
    </>
  );
}
