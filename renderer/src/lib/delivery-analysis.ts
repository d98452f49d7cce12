import type { RendererApi } from '../../../shared/contract/api-types';
import type { Result } from '../../../shared/contract/result';
import { analyseDelivery, DeliveryAnalysisError, type Pcm } from '../../../shared/domain/delivery/analyse';
import type { DeliveryFacts } from '../../../shared/domain/delivery/facts';
import { downloadRecording } from './recording-transfer';

/**
 * Sample rate the recording is decoded at. Speech energy and syllable peaks
 * sit well below 8 kHz, and 16 kHz keeps a 30-minute answer's samples small.
 */
export const analysisSampleRate = 16_000;

/**
 * Decodes a recording's sound with Web Audio. `decodeAudioData` on an
 * OfflineAudioContext needs no audio device and resamples to its rate.
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
  const channels = Array.from({ length: buffer.numberOfChannels }, (_, i) => buffer.getChannelData(i));
  return { channels, sampleRate: buffer.sampleRate };
}

type DeliveryApi = Pick<RendererApi['sessions'], 'saveDeliveryFacts' | 'readRecording'>;

/** Decodes, analyses and stores one recording's facts. Errors come back as a message, never thrown. */
export async function analyseAndStore(api: DeliveryApi, recordingId: number, blob?: Blob): Promise<Result<DeliveryFacts>> {
  let source = blob;
  if (!source) {
    const loaded = await downloadRecording(api, recordingId);
    if (!loaded.ok) return loaded;
    source = loaded.value;
  }
  let facts: DeliveryFacts;
  try {
    facts = analyseDelivery(await decodeRecording(source));
  } catch (error) {
    const message = error instanceof DeliveryAnalysisError ? error.message : 'The recording could not be analysed.';
    return { ok: false, error: { code: 'invalid_input', message } };
  }
  const saved = await api.saveDeliveryFacts({ recordingId, facts });
  return saved.ok ? { ok: true, value: facts } : saved;
}
