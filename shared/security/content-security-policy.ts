/**
 * The one Content-Security-Policy for every page of the app, sent as a header
 * by the custom protocol (desktop) and the loopback bridge (browser mode), and
 * repeated in index.html's meta tag. Nothing is loaded from the web.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
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
