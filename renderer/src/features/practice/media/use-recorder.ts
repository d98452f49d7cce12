import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecordingMode } from '../../../../../shared/domain/settings';
import {
  type ActiveSpan,
  maxRecordingMs,
  nearByteLimit,
  pauseSpan,
  recordingLimitMs,
  recordingStoppedMessage,
  resumeSpan,
  spanMs,
  startSpan,
} from '../../../../../shared/domain/timer/recording-limits';
import { mediaErrorMessage, pickMimeType } from './media-errors';

export type RecorderStatus =
  | { kind: 'off' }
  | { kind: 'idle' }
  | { kind: 'asking' }
  | { kind: 'ready'; mode: 'audio' | 'video'; stream: MediaStream; note: string | null }
  | { kind: 'unavailable'; message: string };

/** One answer's recording and its real length (pauses excluded), however late the page stopped it. */
export interface Take {
  blob: Blob;
  durationMs: number;
}

export interface Recorder {
  status: RecorderStatus;
  /** Asks for the devices once per session; on refusal or absence, says why and stays off. */
  acquire(): Promise<void>;
  /**
   * Starts one answer's recording. It stops by itself at `hardLimitMs` (the answer's hard
   * limit, if any) or at the recording limits (recording-limits.ts), keeping what it has.
   */
  start(hardLimitMs: number | null): void;
  pause(): void;
  resume(): void;
  /** Stops (if still running) and hands over what was recorded, with its real length (null if nothing was). */
  stop(): Promise<Take | null>;
  /** Stops and throws the recording away (a skipped question). */
  cancel(): void;
  recording: boolean;
  /** Set when a recording stopped at its own size or length limit before the answer ended; cleared by the next start. */
  limitNote: string | null;
}

/** The recording of the answer on screen. */
interface Current {
  recorder: MediaRecorder;
  span: ActiveSpan;
  limitMs: number;
  timer: ReturnType<typeof setTimeout> | null;
  /** Resolves with the blob once MediaRecorder has fired `stop` (self-stopped or asked to). */
  done: Promise<Blob | null>;
  /** The length, fixed at the moment it stopped. */
  stoppedMs: number | null;
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
  const [limitNote, setLimitNote] = useState<string | null>(null);
  const currentRef = useRef<Current | null>(null);

  useEffect(
    () => () => {
      const current = currentRef.current;
      if (current) halt(current);
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

  const stopAtLimit = useCallback((current: Current, reason: 'duration' | 'bytes') => {
    halt(current);
    setRecording(false);
    // At the answer's own hard limit the answer ends too, which says enough; past the recording limits, say why.
    if (reason === 'bytes' || current.limitMs === maxRecordingMs) setLimitNote(recordingStoppedMessage(reason, current.stoppedMs ?? 0));
  }, []);
  const onTime = useCallback(
    (current: Current) => {
      if (currentRef.current === current) stopAtLimit(current, 'duration');
    },
    [stopAtLimit],
  );

  const start = useCallback(
    (hardLimitMs: number | null) => {
      const stream = streamRef.current;
      if (!stream || status.kind !== 'ready' || currentRef.current?.recorder.state === 'recording') return;
      const mimeType = pickMimeType(status.mode);
      const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
      const chunks: Blob[] = [];
      let total = 0;
      let largest = 0;
      const fallbackType = status.mode === 'video' ? 'video/webm' : 'audio/webm';
      const done = new Promise<Blob | null>((resolve) =>
        recorder.addEventListener(
          'stop',
          () => resolve(chunks.length === 0 ? null : new Blob(chunks, { type: recorder.mimeType || fallbackType })),
          {
            once: true,
          },
        ),
      );
      const current: Current = {
        recorder,
        span: startSpan(performance.now()),
        limitMs: recordingLimitMs(hardLimitMs),
        timer: null,
        done,
        stoppedMs: null,
      };
      recorder.addEventListener('dataavailable', (event) => {
        if (event.data.size === 0) return;
        chunks.push(event.data);
        total += event.data.size;
        largest = Math.max(largest, event.data.size);
        if (current.stoppedMs === null && nearByteLimit(total, largest)) stopAtLimit(current, 'bytes');
      });
      recorder.start(1000);
      currentRef.current = current;
      setLimitNote(null);
      setRecording(true);
      arm(current, onTime);
    },
    [status, stopAtLimit, onTime],
  );

  const stop = useCallback(async (): Promise<Take | null> => {
    const current = currentRef.current;
    currentRef.current = null;
    setRecording(false);
    if (!current) return null;
    halt(current);
    const blob = await current.done;
    return blob ? { blob, durationMs: current.stoppedMs ?? 0 } : null;
  }, []);

  return {
    status,
    recording,
    acquire,
    start,
    stop,
    limitNote,
    pause: () => {
      const current = currentRef.current;
      if (current?.recorder.state !== 'recording') return;
      current.recorder.pause();
      current.span = pauseSpan(current.span, performance.now());
      if (current.timer !== null) clearTimeout(current.timer);
      current.timer = null;
    },
    resume: () => {
      const current = currentRef.current;
      if (current?.recorder.state !== 'paused') return;
      current.recorder.resume();
      current.span = resumeSpan(current.span, performance.now());
      arm(current, onTime);
    },
    cancel: () => void stop(),
  };
}

/** Schedules the self-stop for the recording time left; a busy page runs it late, and the length says so. */
function arm(current: Current, onTime: (current: Current) => void): void {
  const left = current.limitMs - spanMs(current.span, performance.now());
  current.timer = setTimeout(
    () => {
      current.timer = null;
      onTime(current);
    },
    Math.max(0, left),
  );
}

/** Stops MediaRecorder once and fixes the recording's real length at that moment. */
function halt(current: Current): void {
  if (current.timer !== null) clearTimeout(current.timer);
  current.timer = null;
  if (current.stoppedMs === null) current.stoppedMs = Math.round(spanMs(current.span, performance.now()));
  if (current.recorder.state !== 'inactive') current.recorder.stop();
}
