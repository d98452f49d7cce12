import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../../../shared/security/content-security-policy';
import { resolveInside } from '../resolve-inside';
import { appHost, appScheme } from './security-policy';

/** Must run before the app is ready: `app://` behaves like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // codeCache: V8 caches the compiled bundle between starts (needs `standard`).
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
  ]);
}

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** Serves the built renderer at `app://rehearse/…` with the CSP header, never anything outside it. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const file = url.host === appHost ? resolveInside(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname) : null;
    if (!file) return notFound();
    let response: Response;
    try {
      response = await net.fetch(pathToFileURL(file).toString());
    } catch {
      // net.fetch rejects (net::ERR_FILE_NOT_FOUND) for a missing file rather than answering 404;
      // a thrown handler would surface as a network error in the page and an unhandled error here.
      return notFound();
    }
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
