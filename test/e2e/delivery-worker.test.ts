import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { analyseDelivery } from '../../shared/domain/delivery/analyse';
import { join, mix, noise, pcmRate, silence, speechLike, tone } from '../helpers/generated-pcm';
import { useAppSessions } from './harness/app-session';

// Issue 15: the per-sample analysis runs in a Web Worker (renderer/src/lib/delivery/analysis.worker.ts), bundled
// by electron-vite as its own file. Here the built worker runs in real Chromium, in a page served by browser mode
// under the app's CSP header, and its facts are compared with the direct analysis of the same samples in Node.

const app = useAppSessions();
const assets = resolve(import.meta.dirname, '../../out/renderer/assets');

const cases: Record<string, Float32Array[]> = {
  'speech with two long pauses over a faint background': [
    mix(
      join(
        silence(1500),
        speechLike(6000, 0.3),
        silence(4000),
        speechLike(5000, 0.3, 2),
        silence(3200),
        speechLike(2000, 0.2, 3),
        silence(2500),
      ),
      noise(24_200, 0.002),
    ),
  ],
  'very quiet speech': [join(silence(1000), speechLike(6000, 0.004), silence(1000))],
  'clipped speech and a tone': [
    join(
      speechLike(4000, 3).map((x) => Math.max(-1, Math.min(1, x))),
      silence(3500),
      tone(2000, 440, 0.5),
    ),
  ],
  'stereo, speech on one channel only': [join(silence(1000), speechLike(5000, 0.3), silence(1000)), silence(7000)],
  'pure silence': [silence(10_000)],
  'noise only': [noise(8000, 0.05)],
  'no audio track': [],
};

const toBase64 = (samples: Float32Array) => Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength).toString('base64');

test('the bundled worker, loaded under the app CSP, gives exactly the facts of the direct analysis', async () => {
  const { page } = await app.open();
  await page.getByRole('heading', { name: 'Practice', level: 1 }).waitFor();
  const workerFile = readdirSync(assets).find((name) => /^analysis\.worker-[\w-]+\.js$/.test(name));
  expect(workerFile, 'the build emits the analysis worker as its own file').toBeDefined();

  for (const [name, channels] of Object.entries(cases)) {
    const answer = await page.evaluate(
      ({ url, encoded, sampleRate }) =>
        new Promise<unknown>((resolvePromise, reject) => {
          const channelsIn = encoded.map((text) => {
            const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
            return new Float32Array(bytes.buffer);
          });
          const worker = new Worker(new URL(url, location.href), { type: 'module' });
          worker.addEventListener('message', (event) => {
            worker.terminate();
            resolvePromise(event.data);
          });
          worker.addEventListener('error', () => reject(new Error('the worker did not load')));
          worker.postMessage(
            { id: 1, channels: channelsIn, sampleRate },
            channelsIn.map((c) => c.buffer),
          );
        }),
      { url: `/assets/${workerFile}`, encoded: channels.map(toBase64), sampleRate: pcmRate },
    );
    if (channels.length === 0) {
      expect(answer, name).toEqual({
        id: 1,
        kind: 'refused',
        message: 'This recording has no sound track, so there is nothing to analyse.',
      });
      continue;
    }
    expect(answer, name).toEqual({ id: 1, kind: 'facts', facts: analyseDelivery({ channels, sampleRate: pcmRate }) });
  }
});

test('the CSP lets workers come only from the app itself: a blob: worker is refused', async () => {
  const { page } = await app.open();
  await page.getByRole('heading', { name: 'Practice', level: 1 }).waitFor();
  const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  expect(csp).toContain("worker-src 'self'");
  const outcome = await page.evaluate(
    () =>
      new Promise<string>((resolvePromise) => {
        document.addEventListener('securitypolicyviolation', (event) => resolvePromise(`refused: ${event.effectiveDirective}`), {
          once: true,
        });
        try {
          const url = URL.createObjectURL(new Blob(['self.postMessage("ran")'], { type: 'text/javascript' }));
          const worker = new Worker(url);
          worker.addEventListener('message', () => resolvePromise('ran'));
        } catch (error) {
          resolvePromise(`refused: ${String(error)}`);
        }
      }),
  );
  expect(outcome).toBe('refused: worker-src');
});
