import { DeliveryAnalysisError, type Pcm } from '../../../../shared/domain/delivery/analyse';
import type { DeliveryFacts } from '../../../../shared/domain/delivery/facts';
import type { AnalysisRequest, AnalysisResponse } from '../../../../shared/domain/delivery/worker-protocol';

/** An idle worker is ended after this long, so it holds no memory between sessions; the next answer starts a new one. */
const idleMs = 30_000;

interface Job {
  resolve: (facts: DeliveryFacts) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const jobs = new Map<number, Job>();
let idleTimer: ReturnType<typeof setTimeout> | undefined;

/** Ends the worker and fails whatever it was still doing with `error`. */
function dropWorker(error: Error): void {
  worker?.terminate();
  worker = null;
  for (const job of jobs.values()) job.reject(error);
  jobs.clear();
}

function startWorker(): Worker {
  // Written out in full so Vite (electron-vite) finds it and bundles the worker as its own module chunk,
  // served from the app's own origin (app://rehearse or the loopback bridge), as the CSP requires.
  const started = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'delivery-analysis' });
  started.addEventListener('message', (event: MessageEvent<AnalysisResponse>) => {
    const answer = event.data;
    const job = jobs.get(answer.id);
    if (!job) return;
    jobs.delete(answer.id);
    if (answer.kind === 'facts') job.resolve(answer.facts);
    else if (answer.kind === 'refused') job.reject(new DeliveryAnalysisError(answer.message));
    else job.reject(new Error(answer.message));
    if (jobs.size === 0) idleTimer = setTimeout(() => dropWorker(new Error('the analysis was stopped')), idleMs);
  });
  // A worker that cannot load (or crashes) fails its jobs rather than leaving them waiting; the next call starts afresh.
  started.addEventListener('error', (event) => {
    event.preventDefault();
    dropWorker(new Error('the analysis could not start or stopped unexpectedly'));
  });
  started.addEventListener('messageerror', () => dropWorker(new Error('the sound could not be passed to the analysis')));
  return started;
}

/**
 * Measures the delivery facts of decoded audio in a Web Worker, so the
 * per-sample work (about 0.1 s for 3 minutes at 16 kHz, more on slow
 * machines) never blocks the window. Same method and result as calling
 * `analyseDelivery` directly (test/e2e/delivery-worker.test.ts compares them).
 *
 * The channels are transferred to the worker: `pcm`'s arrays are empty afterwards.
 * @throws DeliveryAnalysisError when there is nothing to analyse (said to the user as is);
 * Error when the worker could not run or failed.
 */
export function analyseInWorker(pcm: Pcm): Promise<DeliveryFacts> {
  clearTimeout(idleTimer);
  worker ??= startWorker();
  const id = nextId++;
  const channels = [...pcm.channels];
  const request: AnalysisRequest = { id, channels, sampleRate: pcm.sampleRate };
  return new Promise<DeliveryFacts>((resolve, reject) => {
    jobs.set(id, { resolve, reject });
    // Each channel owns its buffer (decodeRecording copies them); a shared one is listed once.
    const buffers = new Set(channels.map((c) => c.buffer).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer));
    worker!.postMessage(request, [...buffers]);
  });
}
