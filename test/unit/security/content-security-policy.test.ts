import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { contract } from '../../../shared/contract/index';
import { contentSecurityPolicy } from '../../../shared/security/content-security-policy';
import { type Bridge, startBridge } from '../../../electron/main/browser-mode/bridge-server';
import { createDispatch } from '../../../electron/main/ipc/dispatch';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

const projectRoot = resolve(import.meta.dirname, '../../..');
const builtRenderer = resolve(projectRoot, 'out/renderer');

/** Directives a <meta> CSP cannot carry (browsers ignore them there); the header sends them. */
const headerOnly = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)].map((m) => m[1]!);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

const expectedMeta = directives(contentSecurityPolicy).filter((d) => !headerOnly.has(d.split(' ')[0]!));

describe('the policy', () => {
  test('loads nothing from the web and runs no inline or evaluated code', () => {
    const list = directives(contentSecurityPolicy);
    expect(list[0]).toBe("default-src 'none'");
    for (const directive of list) {
      expect(directive, directive).not.toMatch(/https?:|\*|unsafe-|ws:|wss:/);
    }
    expect(list).toContain("frame-ancestors 'none'");
    expect(list).toContain("object-src 'none'");
  });
});

describe('every page carries it', () => {
  test('the source index.html has exactly the shared policy in its meta tag', () => {
    const pages = htmlFiles(resolve(projectRoot, 'renderer')).filter((file) => !file.includes('node_modules'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      expect(metaPolicies(readFileSync(page, 'utf8')).map(directives), page).toEqual([expectedMeta]);
    }
  });

  test.skipIf(!existsSync(builtRenderer))('every built page (out/renderer) has exactly the shared policy in its meta tag', () => {
    const pages = htmlFiles(builtRenderer);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      expect(metaPolicies(readFileSync(page, 'utf8')).map(directives), page).toEqual([expectedMeta]);
    }
  });
});

describe('browser mode sends it as a header on every response', () => {
  let bridge: Bridge | undefined;
  afterEach(async () => {
    await bridge?.close();
    removeTempDirs();
  });

  test('pages, assets, IPC answers and errors all carry the exact policy', async () => {
    const staticDir = makeTempDir();
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
    const dispatch = createDispatch(contract, new Proxy({}, { get: () => () => null }));
    bridge = await startBridge({ contract, dispatch, staticDir, port: 0 });
    const base = `http://127.0.0.1:${bridge.port}`;
    const auth = { Authorization: `Bearer ${bridge.token}` };
    const responses = [
      await fetch(`${base}/`),
      await fetch(`${base}/index.html`),
      await fetch(`${base}/missing.js`),
      await fetch(`${base}/ipc/app.info`, { method: 'POST', body: '{}', headers: auth }),
      await fetch(`${base}/ipc/app.info`, { method: 'POST', body: '{"x":1}', headers: auth }),
      await fetch(`${base}/ipc/app.info`, { method: 'POST', body: '{}' }),
    ];
    for (const response of responses) {
      expect(response.headers.get('content-security-policy'), response.url).toBe(contentSecurityPolicy);
      await response.arrayBuffer();
    }
  });
});
