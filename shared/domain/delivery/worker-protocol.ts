import { analyseDelivery, DeliveryAnalysisError } from './analyse';
import type { DeliveryFacts } from './facts';

/**
 * Messages between the renderer and the delivery-analysis worker
 * (renderer/src/lib/delivery/analysis.worker.ts). The window decodes the recording (Web Audio has no
 * decoder in workers) and sends the samples; the worker runs the per-sample
 * analysis so the practice screen never waits on it.
 *
 * `channels` are transferred, not copied: after `postMessage` the sender's
 * arrays are empty (detached).
 */
export interface AnalysisRequest {
  /** Matches the answer to its request; unique per worker. */
  id: number;
  /** One Float32Array per channel, samples in [-1, 1]. */
  channels: Float32Array[];
  /** Samples per second per channel. */
  sampleRate: number;
}

/**
 * The worker's answer. `refused` is a DeliveryAnalysisError (nothing to
 * analyse: said to the user as is); `failed` is anything else (a fault).
 */
export type AnalysisResponse =
  | { id: number; kind: 'facts'; facts: DeliveryFacts }
  | { id: number; kind: 'refused'; message: string }
  | { id: number; kind: 'failed'; message: string };

/**
 * What the worker does with one request: the same `analyseDelivery` the rest
 * of the app and the tests call, so the worker gives exactly the same facts.
 * Never throws: every error becomes an answer, so the caller always hears back.
 */
export function answerAnalysisRequest(request: AnalysisRequest): AnalysisResponse {
  try {
    return { id: request.id, kind: 'facts', facts: analyseDelivery({ channels: request.channels, sampleRate: request.sampleRate }) };
  } catch (error) {
    if (error instanceof DeliveryAnalysisError) return { id: request.id, kind: 'refused', message: error.message };
    return { id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
