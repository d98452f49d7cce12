import { resolve, sep } from 'node:path';

/** The file a URL path names inside `root`, or null when it would escape it (`..`, encoded separators, NUL). */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const full = resolve(base, decoded.replace(/^\/+/, ''));
  return full.startsWith(base + sep) ? full : null;
}
