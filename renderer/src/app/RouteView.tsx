import { Fragment, type ReactElement, Suspense } from 'react';
import { parse } from 'regexparam';
import { matchRoute, useLocation, useRouter, useSearch } from 'wouter';
import type { Prefetch } from '../api/queries';
import { type Area, areas, preloadPage, routes } from './routes';

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

/**
 * Starts loading the page for the address the app opens at, before the shell's start-up checks finish, so
 * its code arrives in parallel with them instead of after. Uses the same table and parser as the router.
 */
export function preloadOpeningPage(path: string, prefetch: Prefetch): void {
  const parser = (route: string, loose?: boolean) => parse(route, loose);
  for (const r of routes) {
    const [matched, params] = matchRoute(parser, r.path, path);
    if (!matched) continue;
    const element = r.render(params, '');
    if (element === null) return;
    r.reads?.(prefetch);
    return preloadPage(element);
  }
}

/** The route pattern an address matches (`/banks/:bankId`), `/unknown` when none: names a screen without its ids. */
export function routePatternOf(path: string): string {
  const parser = (route: string, loose?: boolean) => parse(route, loose);
  return routes.find((r) => matchRoute(parser, r.path, path)[0])?.path ?? '/unknown';
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
