import type { RendererApi } from '../../../../shared/contract/api-types';
import type { Result } from '../../../../shared/contract/result';
import { DeliveryAnalysisError } from '../../../../shared/domain/delivery/analyse';
import type { DeliveryFacts } from '../../../../shared/domain/delivery/facts';
import { downloadRecording } from '../recording-transfer';
import { analyseInWorker } from './analysis-client';
import { decodeRecording } from './decode-recording';

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
