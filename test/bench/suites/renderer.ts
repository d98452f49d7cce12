import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { contract } from '../../../shared/contract/index';
import { startBridge } from '../../../electron/main/browser-mode/bridge-server';
import { launchChromium } from '../../helpers/chromium';
import { openTestCore } from '../../helpers/test-core';
import { makeTempDir } from '../../helpers/temp-dir';
import { type BenchRow, row, type Timing } from '../measure';

// The renderer's budgets (issue 13): what the first screen downloads, the preload's size, and how soon the
// first screen can be used. Sizes are in KB and reported in the p50/p99 columns (one figure, so both are the
// same), keeping the JSON row shape; the row names say the unit. `npm run bench` builds first, so out/ is fresh.

const root = resolve(import.meta.dirname, '../../..');
const rendererDir = join(root, 'out/renderer');
const kb = (bytes: number) => bytes / 1024;
const once = (value: number): Timing => ({ p50_ms: value, p99_ms: value });
const gzipKb = (file: string) => kb(gzipSync(readFileSync(file)).length);

/**
 * The first control of the first screen, enabled (its data has loaded): on a new data folder the first-run
 * screen's quick start; once the user is onboarded, the practice set-up's start button.
 */
const firstControlScript = (label: string) => `
  new MutationObserver((_, observer) => {
    const start = [...document.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(label)});
    if (!start || start.disabled) return;
    window.__firstControlAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true });
  addEventListener('DOMContentLoaded', () => (window.__blankReadyAt = performance.now()));
`;

function percentiles(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  return { p50_ms: at(50), p99_ms: at(99) };
}

/** Milliseconds from navigation start until the button labelled `label` can be used, and until a blank page is ready. */
interface FirstScreenTimes {
  firstScreen: number[];
  blankReady: number[];
}

/**
 * Loads the app `runs` times in fresh browser contexts (nothing cached, like a first start), each time beside the
 * blank page served the same way; the first two runs warm up and are not kept. Adds every JS path the app
 * fetched to `initialJs`.
 */
async function measureFirstScreen(appUrl: string, blankUrl: string, label: string, initialJs: Set<string>): Promise<FirstScreenTimes> {
  const browser = await launchChromium();
  const times: FirstScreenTimes = { firstScreen: [], blankReady: [] };
  try {
    for (let i = 0; i < 12; i++) {
      const context = await browser.newContext();
      await context.addInitScript(firstControlScript(label));
      const page = await context.newPage();
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (path.endsWith('.js')) initialJs.add(path);
      });
      await page.goto(appUrl);
      await page.waitForFunction(() => typeof (globalThis as { __firstControlAt?: number }).__firstControlAt === 'number', null, {
        timeout: 120_000,
      });
      if (i > 1)
        times.firstScreen.push(await page.evaluate(() => (globalThis as unknown as { __firstControlAt: number }).__firstControlAt));
      await page.goto(blankUrl);
      await page.waitForFunction(() => typeof (globalThis as { __blankReadyAt?: number }).__blankReadyAt === 'number');
      if (i > 1) times.blankReady.push(await page.evaluate(() => (globalThis as unknown as { __blankReadyAt: number }).__blankReadyAt));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

export async function rendererBench(): Promise<BenchRow[]> {
  const core = openTestCore();
  const app = await startBridge({ contract, dispatch: core.dispatch, staticDir: rendererDir, port: 0 });
  // The baseline page is served by the same bridge code: an empty document, no script.
  const blankDir = makeTempDir('rehearse-bench-blank-');
  writeFileSync(join(blankDir, 'index.html'), '<!doctype html><html lang="en"><title>blank</title><body></body></html>');
  const blank = await startBridge({ contract, dispatch: core.dispatch, staticDir: blankDir, port: 0 });
  const firstRunJs = new Set<string>();
  const returningJs = new Set<string>();
  let firstRun: FirstScreenTimes;
  let returning: FirstScreenTimes;
  try {
    firstRun = await measureFirstScreen(app.url, blank.url, 'Start a 3-question practice', firstRunJs);
    const onboarded = await core.dispatch('settings.update', { onboarded: true }, { transport: 'test' });
    if (!onboarded.ok) throw new Error(onboarded.error.message);
    returning = await measureFirstScreen(app.url, blank.url, 'Start the mock interview', returningJs);
  } finally {
    await app.close();
    await blank.close();
    core.close();
  }

  const assets = join(rendererDir, 'assets');
  const allJs = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const loadedKb = (paths: Set<string>) => [...paths].reduce((sum, path) => sum + gzipKb(join(rendererDir, path)), 0);
  // The heavier of the two first screens.
  const [initialJs, initialKb] = [firstRunJs, returningJs]
    .map((paths) => [paths, loadedKb(paths)] as const)
    .sort((a, b) => b[1] - a[1])[0]!;
  const allKb = allJs.reduce((sum, f) => sum + gzipKb(join(assets, f)), 0);

  // The preload as built, beside the way it used to be made: bundling the contract table (zod and every schema).
  const preloadKb = kb(statSync(join(root, 'out/preload/index.cjs')).size);
  const contractBundle = await build({
    entryPoints: [join(root, 'shared/contract/index.ts')],
    bundle: true,
    minify: true,
    format: 'cjs',
    platform: 'browser',
    write: false,
  });
  const contractKb = kb(contractBundle.outputFiles[0]!.contents.length);

  return [
    row('renderer: first-screen JS (KB gzip)', initialJs.size, once(initialKb), once(allKb), 'every renderer chunk, KB gzip'),
    row('preload bundle (KB, minified)', 1, once(preloadKb), once(contractKb), 'contract table bundled (zod), KB minified'),
    row(
      'first screen interactive: first run (Chromium)',
      firstRun.firstScreen.length,
      percentiles(firstRun.firstScreen),
      percentiles(firstRun.blankReady),
      'blank page served the same way',
    ),
    row(
      'first screen interactive: returning user (Chromium)',
      returning.firstScreen.length,
      percentiles(returning.firstScreen),
      percentiles(returning.blankReady),
      'blank page served the same way',
    ),
  ];
}
