import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { contract } from '../../../shared/contract/index';
import { startBridge } from '../../../electron/main/browser-mode/bridge-server';
import { launchChromium } from '../../helpers/chromium';
import { openTestCore } from '../../helpers/test-core';
import { type BenchRow, row, type Timing } from '../measure';

// Issue 15: decoding plus analysis of a 3-minute WebM/Opus answer (goal < 1 s), measured in real Chromium in a
// page of the built app (browser mode, under the app's CSP), beside decoding alone as the baseline. Decoding is
// the app's own decodeRecording (Web Audio, 16 kHz) on the window; the analysis is the built analysis worker.
// The answer is made here: 3 minutes of speech-like sound encoded to WebM/Opus with WebCodecs (mediabunny).

const root = resolve(import.meta.dirname, '../../..');
const rendererDir = join(root, 'out/renderer');
const seconds = 180;

function percentiles(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  return { p50_ms: at(50), p99_ms: at(99) };
}

interface PageResult {
  decode: number[];
  both: number[];
  bytes: number;
  speechMs: number;
  longestDecodeTaskMs: number;
  longestTaskMs: number;
}

export async function deliveryBrowserBench(): Promise<BenchRow[]> {
  const workerFile = readdirSync(join(rendererDir, 'assets')).find((name) => /^analysis\.worker-[\w-]+\.js$/.test(name));
  if (!workerFile) throw new Error('out/renderer has no analysis worker: `npm run bench` builds first; run it that way.');
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, '../browser/delivery-page.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'es2022',
  });
  const core = openTestCore();
  const app = await startBridge({ contract, dispatch: core.dispatch, staticDir: rendererDir, port: 0 });
  const browser = await launchChromium();
  let result: PageResult;
  try {
    const page = await browser.newPage();
    await page.goto(app.url);
    // page.evaluate runs through DevTools, so the page's CSP (no inline script) does not stop the bench code;
    // the worker it starts is the app's own file from the app's own origin, under the CSP like in the app.
    await page.evaluate(bundle.outputFiles[0]!.text);
    result = await page.evaluate(
      ([url, length]) =>
        (
          globalThis as unknown as { rehearseDeliveryBench: (u: string, s: number, r: number, w: number) => Promise<PageResult> }
        ).rehearseDeliveryBench(url, length, 8, 2),
      [`/assets/${workerFile}`, seconds] as const,
    );
  } finally {
    await browser.close();
    await app.close();
    core.close();
  }
  if (result.speechMs <= 0) throw new Error('The bench answer was analysed as silence: the encoded file is not what it should be.');
  const kb = Math.round(result.bytes / 1024);
  return [
    row(
      `delivery decode + analysis of a 3-minute WebM/Opus answer (${kb} KB) in Chromium (goal < 1000 ms; longest window task ${Math.round(result.longestTaskMs)} ms, decoding alone ${Math.round(result.longestDecodeTaskMs)} ms)`,
      seconds * 16_000,
      percentiles(result.both),
      percentiles(result.decode),
      'decode alone (decodeAudioData at 16 kHz)',
    ),
  ];
}
