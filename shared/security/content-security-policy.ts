/**
 * The one Content-Security-Policy for every page of the app, sent as a header
 * by the custom protocol (desktop) and the loopback bridge (browser mode), and
 * repeated in index.html's meta tag. Nothing is loaded from the web.
 *
 * `worker-src 'self'`: the delivery analysis runs in a module worker bundled
 * as its own file (renderer/src/lib/delivery/analysis.worker.ts) and served
 * from the app's own origin. Without the directive a worker would fall back
 * to `script-src`, which allows the same; naming it keeps the rule explicit,
 * and `blob:` / `data:` workers stay refused (none is needed).
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
