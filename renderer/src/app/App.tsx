import { useEffect, useRef } from 'react';
import { areas, homeAreaId } from './areas';
import { NoticeBanner } from './NoticeBanner';
import { ThemeProvider } from './ThemeProvider';
import { useMenuCommands } from './use-menu-commands';
import { useHashRoute } from './use-hash-route';

export function App() {
  const route = useHashRoute();
  useMenuCommands();
  // `#/practice?categories=A,B`: the path picks the area, the query is the area's to read.
  const [path = '', query = ''] = route.split('?', 2);
  const [first = homeAreaId, ...rest] = path.split('/').filter(Boolean);
  const area = areas.find((a) => a.id === first) ?? areas.find((a) => a.id === homeAreaId)!;
  const mainRef = useRef<HTMLElement>(null);

  // Moving focus to the new page tells screen-reader users the page changed.
  useEffect(() => {
    document.title = `${area.label} — Rehearse`;
    mainRef.current?.focus({ preventScroll: true });
  }, [area]);

  return (
    <ThemeProvider>
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
                  <a href={`#/${a.id}`} aria-current={a.id === area.id ? 'page' : undefined}>
                    {a.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
          <NoticeBanner />
          {area.render(rest, query)}
        </main>
      </div>
    </ThemeProvider>
  );
}
