import { Fragment, type ReactElement, Suspense } from 'react';
import { matchRoute, useLocation, useRouter, useSearch } from 'wouter';
import { type Area, areas, routes } from './routes';

export interface CurrentPage {
  area: Area | null;
  /** The page to show: the matched route's, or "Page not found". */
  element: ReactElement;
}

/** Matches the address against the route table (first match wins). */
export function useCurrentPage(): CurrentPage {
  const [path] = useLocation();
  const query = useSearch();
  const { parser } = useRouter();
  for (const r of routes) {
    const [matched, params] = matchRoute(parser, r.path, path);
    if (!matched) continue;
    const element = r.render(params, query);
    if (element === null) break;
    return { area: areas.find((a) => a.id === r.area) ?? null, element };
  }
  return { area: null, element: <NotFound /> };
}

/** The current page inside its area's layout; while a page's code loads, a polite "Loading…". */
export function RouteView({ page }: { page: CurrentPage }) {
  const Layout = page.area?.Layout ?? Fragment;
  return (
    <Suspense fallback={<p aria-live="polite">Loading…</p>}>
      <Layout>{page.element}</Layout>
    </Suspense>
  );
}

function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        <a href="#/practice">Go to practice</a>
      </p>
    </section>
  );
}
