import { AudioBufferSource, BufferTarget, Output, WebMOutputFormat } from 'mediabunny';
import { decodeRecording } from '../../../renderer/src/lib/delivery/decode-recording';
import type { AnalysisRequest, AnalysisResponse } from '../../../shared/domain/delivery/worker-protocol';
import { answerLike } from '../../helpers/generated-pcm';

// Runs inside Chromium, in a page of the built app served by browser mode (bundled by esbuild in
// suites/delivery-browser.ts). Decoding is the app's own decodeRecording; the analysis is the app's built worker.

/** Recording rate of MediaRecorder's Opus (Opus runs at 48 kHz). */
const recordRate = 48_000;

/** A `seconds`-long speech-like answer encoded as WebM/Opus (mono, 32 kbit/s, as MediaRecorder's default), via WebCodecs. */
async function encodeAnswer(seconds: number): Promise<Blob> {
  const samples = answerLike(seconds, recordRate);
  const buffer = new AudioBuffer({ numberOfChannels: 1, length: samples.length, sampleRate: recordRate });
  buffer.copyToChannel(samples, 0);
  const output = new Output({ format: new WebMOutputFormat(), target: new BufferTarget() });
  const source = new AudioBufferSource({ codec: 'opus', bitrate: 32_000 });
  output.addAudioTrack(source);
  await output.start();
  await source.add(buffer);
  source.close();
  await output.finalize();
  return new Blob([output.target.buffer!], { type: 'audio/webm;codecs=opus' });
}

let worker: Worker | undefined;
function analyse(request: AnalysisRequest): Promise<AnalysisResponse> {
  return new Promise((resolve, reject) => {
    worker!.onmessage = (event: MessageEvent<AnalysisResponse>) => resolve(event.data);
    worker!.onerror = () => reject(new Error('the analysis worker failed'));
    worker!.postMessage(
      request,
      request.channels.map((c) => c.buffer as ArrayBuffer),
    );
  });
}

/** Times `runs` calls of `fn` after `warmup` unmeasured ones, in ms. */
async function times(fn: () => Promise<unknown>, runs: number, warmup: number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}

/**
 * Decode alone (the baseline) and decode + analysis in the worker, each `runs` times, of one
 * `seconds`-long WebM/Opus answer. Also the longest the window was blocked in each (long tasks, ms),
 * and what the file and the facts were.
 */
async function run(workerUrl: string, seconds: number, runs: number, warmup: number) {
  const blob = await encodeAnswer(seconds);
  worker = new Worker(workerUrl, { type: 'module' });
  let id = 0;
  let speechMs = 0;
  // Long tasks (> 50 ms on the window) of each phase: what the worker leaves on the window is decoding's own share.
  let longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  observer.observe({ type: 'longtask' });
  const decode = await times(() => decodeRecording(blob), runs, warmup);
  const longestDecodeTaskMs = Math.max(0, ...longTasks);
  longTasks = [];
  const both = await times(
    async () => {
      const pcm = await decodeRecording(blob);
      const answer = await analyse({ id: ++id, channels: [...pcm.channels], sampleRate: pcm.sampleRate });
      if (answer.kind !== 'facts') throw new Error(`analysis ${answer.kind}: ${answer.message}`);
      speechMs = answer.facts.speechMs;
    },
    runs,
    warmup,
  );
  observer.disconnect();
  worker.terminate();
  return { decode, both, bytes: blob.size, speechMs, longestDecodeTaskMs, longestTaskMs: Math.max(0, ...longTasks) };
}

(globalThis as unknown as { rehearseDeliveryBench: typeof run }).rehearseDeliveryBench = run;
