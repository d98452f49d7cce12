import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

// A cheap static guard against telemetry, update pings, web fonts and CDNs:
// no source that ships may name a host on the network. The CSP and the e2e
// network guard catch requests at run time; this catches them in review.

const projectRoot = resolve(import.meta.dirname, '../../..');
const shippedFolders = ['electron', 'shared', 'renderer'];

/** Hosts that never reach anyone: loopback and the names reserved for examples (RFC 2606, RFC 6761). */
const harmlessHost = /^(127\.0\.0\.1|localhost|(.+\.)?example\.(com|org|net)|.+\.(example|invalid|test|localhost))(:(\d+|\$\{\w+\}))?$/i;

/**
 * URLs in code that are allowed although their host is not harmless, each
 * with the reason. Keep this short: every entry is something a reviewer signed off.
 */
const allowList: { file: string; url: string; why: string }[] = [
  {
    file: 'electron/main/browser-mode/bridge-server.ts',
    url: 'http://${host}',
    why: 'the Host header, already checked to be 127.0.0.1:<port> or localhost:<port>',
  },
  {
    file: 'shared/domain/report/report-html.ts',
    url: 'http://www.w3.org/2000/svg',
    why: 'the SVG namespace name in an inline <svg xmlns>: an identifier, never fetched',
  },
];

interface Finding {
  file: string;
  line: number;
  url: string;
}

const urlPattern = /\b(?:https?|wss?|ftp):\/\/[^\s'"`)<>\]]*/gi;
// `src="//cdn…"`, `url(//fonts…)`, `import '//…'`: protocol-relative loads.
const protocolRelative = /(?:src=|href=|url\(|import\s*\(?\s*)['"]?(\/\/[^\s'"`)<>]+)/gi;
const commentLine = /^\s*(\/\/|\/?\*|<!--)/;

/** Every URL in `text` whose host could be on the network, outside comments. */
export function externalUrls(file: string, text: string): Finding[] {
  const found: Finding[] = [];
  text.split('\n').forEach((content, index) => {
    if (commentLine.test(content)) return;
    const urls = [...content.matchAll(urlPattern)].map((m) => m[0]);
    urls.push(...[...content.matchAll(protocolRelative)].map((m) => `https:${m[1]}`));
    for (const url of urls) {
      const host = url.replace(/^[a-z]+:\/\//i, '').split(/[/?#]/)[0] ?? '';
      if (harmlessHost.test(host)) continue;
      if (allowList.some((entry) => entry.file === file && url.startsWith(entry.url))) continue;
      found.push({ file, line: index + 1, url });
    }
  });
  return found;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(resolve(projectRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx|mts|cts|js|mjs|cjs|html|css|json)$/.test(name) && !name.includes('node_modules'))
    .map((name) => join(folder, name));
}

describe('no source that ships names a network host', () => {
  test('electron/, shared/ and renderer/ hold no URL to an external host outside comments', () => {
    const files = shippedFolders.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(20);
    const findings = files.flatMap((file) => externalUrls(file, readFileSync(resolve(projectRoot, file), 'utf8')));
    expect(findings).toEqual([]);
  });

  test('every allow-list entry is still needed', () => {
    for (const entry of allowList) {
      const text = readFileSync(resolve(projectRoot, entry.file), 'utf8');
      expect(text, `${entry.file} no longer contains ${entry.url}; remove it from the allow-list`).toContain(entry.url);
    }
  });

  test('the guard itself sees telemetry, fonts and CDNs', () => {
    const sample = [
      "fetch('https://telemetry.vendor.io/v1/events', { method: 'POST' });",
      '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">',
      '<script src="//cdn.jsdelivr.net/npm/x.js"></script>',
      '@import url(//fonts.gstatic.com/s/inter.woff2);',
      "const socket = new WebSocket('wss://updates.vendor.io');",
      '// https://docs.vendor.io explains the format (a comment, allowed)',
      "placeholder: 'https://jobs.example.com/123',",
      "const local = 'http://127.0.0.1:5199/';",
    ].join('\n');
    expect(externalUrls(relative(projectRoot, 'x.ts'), sample).map((f) => f.line)).toEqual([1, 2, 3, 4, 5]);
  });
});
