import { DeliveryAnalysisError, type Pcm } from '../../../../shared/domain/delivery/analyse';

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
