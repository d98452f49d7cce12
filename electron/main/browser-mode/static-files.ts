import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { resolveInside } from '../resolve-inside';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** A file of the built renderer, or null for anything missing or outside `root`. */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  const full = resolveInside(root, urlPath === '/' ? '/index.html' : urlPath);
  if (!full) return null;
  try {
    if (!(await stat(full)).isFile()) return null;
    return { body: await readFile(full), contentType: contentTypes[extname(full)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

/** The app icon (a PNG, whatever the name asked for), or null when it is missing. */
export async function readIconFile(path: string): Promise<StaticFile | null> {
  try {
    return { body: await readFile(path), contentType: 'image/png' };
  } catch {
    return null;
  }
}
