import type { RendererApi } from '../../../../shared/contract/api-types';
import type { Result } from '../../../../shared/contract/result';
import { DeliveryAnalysisError, type Pcm } from '../../../../shared/domain/delivery/analyse';
import type { DeliveryFacts } from '../../../../shared/domain/delivery/facts';
import { downloadRecording } from '../recording-transfer';
import { analyseInWorker } from './analysis-client';

/**
 * Sample rate the recording is decoded at. Speech energy and syllable peaks
 * sit well below 8 kHz, and 16 kHz keeps a 30-minute answer's samples small.
 */
export const analysisSampleRate = 16_000;

/**
 * Decodes a recording's sound with Web Audio, on the window (Web Audio does
 * not exist in workers). `decodeAudioData` on an OfflineAudioContext needs no
 * audio device, resamples to its rate and takes the audio track of a camera
 * recording (video+audio WebM) as well as a microphone one. Each channel is
 * copied into its own buffer so it can be transferred to the analysis worker.
 * @throws DeliveryAnalysisError when the file has no decodable audio track (a video without sound).
 */
export async function decodeRecording(blob: Blob): Promise<Pcm> {
  const context = new OfflineAudioContext(1, 1, analysisSampleRate);
  let buffer: AudioBuffer;
  try {
    buffer = await context.decodeAudioData(await blob.arrayBuffer());
  } catch {
    throw new DeliveryAnalysisError('This recording has no sound track that could be read, so there is nothing to analyse.');
  }
  const channels = Array.from({ length: buffer.numberOfChannels }, (_, i) => {
    const copy = new Float32Array(buffer.length);
    buffer.copyFromChannel(copy, i);
    return copy;
  });
  return { channels, sampleRate: buffer.sampleRate };
}

type DeliveryApi = Pick<RendererApi['sessions'], 'saveDeliveryFacts' | 'readRecording'>;

/**
 * Decodes (on the window), analyses (in the worker) and stores one recording's
 * facts. A failure touches nothing else: the recording, its rating and every
 * other answer stay as they were, and the recording stays "not analysed" so it
 * can be tried again. Errors come back as a message, never thrown.
 */
export async function analyseAndStore(api: DeliveryApi, recordingId: number, blob?: Blob): Promise<Result<DeliveryFacts>> {
  let source = blob;
  if (!source) {
    const loaded = await downloadRecording(api, recordingId);
    if (!loaded.ok) return loaded;
    source = loaded.value;
  }
  let facts: DeliveryFacts;
  try {
    facts = await analyseInWorker(await decodeRecording(source));
  } catch (error) {
    const message =
      error instanceof DeliveryAnalysisError
        ? error.message
        : `The recording could not be analysed (${error instanceof Error ? error.message : String(error)}).`;
    return { ok: false, error: { code: 'invalid_input', message } };
  }
  const saved = await api.saveDeliveryFacts({ recordingId, facts });
  return saved.ok ? { ok: true, value: facts } : saved;
}
