import type { RendererApi } from '../../../shared/contract/api-types';
import { recordingChunkBytes } from '../../../shared/contract/sessions';
import type { Result } from '../../../shared/contract/result';
import type { RecordingInfo } from '../../../shared/domain/sessions';
import { base64ToBytes, bytesToBase64 } from './base64';

type SessionsApi = RendererApi['sessions'];
export type UploadApi = Pick<SessionsApi, 'beginRecording' | 'appendRecording' | 'finishRecording' | 'discardRecording'>;
export type DownloadApi = Pick<SessionsApi, 'readRecording'>;

/**
 * Sends one answer's recording to the main process in base64 chunks. The main
 * process keeps it in a temporary file until `finishRecording`, so an upload
 * cut short leaves nothing behind but a file start-up deletes.
 */
export async function uploadRecording(
  api: UploadApi,
  target: { sessionId: number; position: number },
  blob: Blob,
  durationMs: number,
): Promise<Result<RecordingInfo>> {
  const begun = await api.beginRecording({ ...target, mimeType: blob.type });
  if (!begun.ok) return begun;
  const { uploadId, chunkBytes } = begun.value;
  for (let offset = 0, index = 0; offset < blob.size; offset += chunkBytes, index++) {
    const bytes = new Uint8Array(await blob.slice(offset, offset + chunkBytes).arrayBuffer());
    const sent = await api.appendRecording({ uploadId, index, data: bytesToBase64(bytes) });
    if (!sent.ok) {
      void api.discardRecording({ uploadId });
      return sent;
    }
  }
  return api.finishRecording({ uploadId, durationMs: Math.round(durationMs) });
}

/** Fetches a saved recording back, chunk by chunk, as a Blob ready for a media element. */
export async function downloadRecording(api: DownloadApi, recordingId: number): Promise<Result<Blob>> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  let total = Infinity;
  let mimeType = '';
  while (offset < total) {
    const read = await api.readRecording({ recordingId, offset, length: recordingChunkBytes });
    if (!read.ok) return read;
    total = read.value.totalBytes;
    mimeType = read.value.mimeType;
    const bytes = base64ToBytes(read.value.data);
    if (bytes.length === 0) break;
    parts.push(bytes);
    offset += bytes.length;
  }
  return { ok: true, value: new Blob(parts, { type: mimeType }) };
}
