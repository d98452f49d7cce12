import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecordingMode } from '../../../../../shared/domain/settings';
import { mediaErrorMessage, pickMimeType } from './media-errors';

export type RecorderStatus =
  | { kind: 'off' }
  | { kind: 'idle' }
  | { kind: 'asking' }
  | { kind: 'ready'; mode: 'audio' | 'video'; stream: MediaStream; note: string | null }
  | { kind: 'unavailable'; message: string };

export interface Recorder {
  status: RecorderStatus;
  /** Asks for the devices once per session; on refusal or absence, says why and stays off. */
  acquire(): Promise<void>;
  start(): void;
  pause(): void;
  resume(): void;
  /** Stops and hands over what was recorded (null if nothing was). */
  stop(): Promise<Blob | null>;
  /** Stops and throws the recording away (a skipped question). */
  cancel(): void;
  recording: boolean;
}

/**
 * Microphone (and camera) recording with MediaRecorder, one WebM per answer.
 * The stream is opened once for the whole session, so the system asks for
 * permission once and the self-view stays live between questions.
 */
export function useRecorder(mode: RecordingMode): Recorder {
  const [status, setStatus] = useState<RecorderStatus>(mode === 'off' ? { kind: 'off' } : { kind: 'idle' });
  const [recording, setRecording] = useState(false);
  const streamRef = useRef<MediaStream | null>(null);
  const recorderRef = useRef<MediaRecorder | null>(null);
  const chunksRef = useRef<Blob[]>([]);

  useEffect(
    () => () => {
      const recorder = recorderRef.current;
      if (recorder && recorder.state !== 'inactive') recorder.stop();
      streamRef.current?.getTracks().forEach((track) => track.stop());
    },
    [],
  );

  const acquire = useCallback(async () => {
    if (mode === 'off' || streamRef.current) return;
    if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') {
      setStatus({ kind: 'unavailable', message: 'Recording is not supported here. Practice carries on without recording.' });
      return;
    }
    setStatus({ kind: 'asking' });
    try {
      let stream: MediaStream;
      let note: string | null = null;
      let got: 'audio' | 'video' = mode;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: mode === 'video' });
      } catch (error) {
        // No camera (or a refused one) should not cost the user their sound recording.
        if (
          mode !== 'video' ||
          !(error instanceof DOMException) ||
          !['NotFoundError', 'NotReadableError', 'OverconstrainedError'].includes(error.name)
        )
          throw error;
        stream = await navigator.mediaDevices.getUserMedia({ audio: true });
        note = 'No camera could be used, so only sound is recorded.';
        got = 'audio';
      }
      streamRef.current = stream;
      setStatus({ kind: 'ready', mode: got, stream, note });
    } catch (error) {
      setStatus({ kind: 'unavailable', message: mediaErrorMessage(error, mode) });
    }
  }, [mode]);

  const start = useCallback(() => {
    const stream = streamRef.current;
    if (!stream || status.kind !== 'ready' || recorderRef.current?.state === 'recording') return;
    const mimeType = pickMimeType(status.mode);
    const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    chunksRef.current = [];
    recorder.addEventListener('dataavailable', (event) => {
      if (event.data.size > 0) chunksRef.current.push(event.data);
    });
    recorder.start(1000);
    recorderRef.current = recorder;
    setRecording(true);
  }, [status]);

  const stop = useCallback((): Promise<Blob | null> => {
    const recorder = recorderRef.current;
    recorderRef.current = null;
    setRecording(false);
    if (!recorder || recorder.state === 'inactive') return Promise.resolve(null);
    return new Promise((done) => {
      recorder.addEventListener(
        'stop',
        () => {
          const chunks = chunksRef.current;
          chunksRef.current = [];
          const type = recorder.mimeType || (status.kind === 'ready' && status.mode === 'video' ? 'video/webm' : 'audio/webm');
          done(chunks.length === 0 ? null : new Blob(chunks, { type }));
        },
        { once: true },
      );
      recorder.stop();
    });
  }, [status]);

  return {
    status,
    recording,
    acquire,
    start,
    stop,
    pause: () => {
      if (recorderRef.current?.state === 'recording') recorderRef.current.pause();
    },
    resume: () => {
      if (recorderRef.current?.state === 'paused') recorderRef.current.resume();
    },
    cancel: () => void stop(),
  };
}
