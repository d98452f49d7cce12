import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { recordingsDir } from '../../../electron/main/services/recordings/recording-files';
import { setupFor } from '../sessions/fixtures';

/** Calls one contract channel the way a test's app answers it (desktop IPC, the browser-mode bridge…); throws unless ok. */
export type CallOk = <T>(channel: string, input?: unknown) => Promise<T>;

export interface HalfUpload {
  uploadId: string;
  /** The `.partial` file the upload is writing. */
  partial: string;
  /** Its bytes right after the first chunk, to prove later that nobody touched it. */
  bytes: Buffer;
  firstHalf: Buffer;
}

/** Starts a recorded mock interview on the starter banks and sends the first half of an answer's recording. */
export async function beginHalfUpload(call: CallOk, dataDir: string): Promise<HalfUpload> {
  const options = await call<{ banks: { id: number; questionCount: number }[] }>('sessions.setupOptions');
  const bank = options.banks.find((b) => b.questionCount > 0)!;
  const session = await call<{ id: number }>('sessions.start', { setup: setupFor([bank.id], { count: 2, recording: 'audio' }) });
  const { uploadId } = await call<{ uploadId: string }>('sessions.beginRecording', {
    sessionId: session.id,
    position: 0,
    mimeType: 'audio/webm;codecs=opus',
  });
  const firstHalf = Buffer.alloc(4000, 1);
  await call('sessions.appendRecording', { uploadId, index: 0, data: firstHalf.toString('base64') });
  const partial = join(
    recordingsDir(dataDir),
    readdirSync(recordingsDir(dataDir)).find((name) => name.endsWith('.partial'))!,
  );
  return { uploadId, partial, bytes: readFileSync(partial), firstHalf };
}

/** The upload's file is byte for byte as it was after the first chunk. */
export function expectUntouched(upload: HalfUpload): void {
  expect(readFileSync(upload.partial).equals(upload.bytes)).toBe(true);
}

/** Sends the second half, finishes, and reads the whole recording back. */
export async function finishHalfUpload(call: CallOk, upload: HalfUpload): Promise<void> {
  const secondHalf = Buffer.alloc(3000, 2);
  await call('sessions.appendRecording', { uploadId: upload.uploadId, index: 1, data: secondHalf.toString('base64') });
  const saved = await call<{ byteSize: number; id: number }>('sessions.finishRecording', { uploadId: upload.uploadId, durationMs: 2000 });
  expect(saved.byteSize).toBe(7000);
  const read = await call<{ data: string }>('sessions.readRecording', { recordingId: saved.id, offset: 0, length: 7000 });
  expect(Buffer.from(read.data, 'base64').equals(Buffer.concat([upload.firstHalf, secondHalf]))).toBe(true);
}
