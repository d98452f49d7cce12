import type { RecordingMode } from '../../../../../shared/domain/settings';

function devices(mode: RecordingMode): string {
  return mode === 'video' ? 'microphone and camera' : 'microphone';
}

/** Why recording could not start, in words, ending with what happens now: practice goes on without it. */
export function mediaErrorMessage(error: unknown, mode: RecordingMode): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const carryOn = 'Practice carries on without recording.';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return `Rehearse was not allowed to use the ${devices(mode)}. ${carryOn} To record, allow access in your system’s privacy settings and start a new session.`;
    case 'NotFoundError':
    case 'OverconstrainedError':
      return `No ${devices(mode)} was found. ${carryOn}`;
    case 'NotReadableError':
    case 'AbortError':
      return `The ${devices(mode)} could not be started; another app may be using it. ${carryOn}`;
    default:
      return `Recording could not start (${name || 'unknown error'}). ${carryOn}`;
  }
}

const candidates: Record<Exclude<RecordingMode, 'off'>, string[]> = {
  audio: ['audio/webm;codecs=opus', 'audio/webm'],
  video: ['video/webm;codecs=vp9,opus', 'video/webm;codecs=vp8,opus', 'video/webm'],
};

/** The first WebM type this browser's MediaRecorder can write, or '' to let it choose. */
export function pickMimeType(mode: Exclude<RecordingMode, 'off'>): string {
  return candidates[mode].find((type) => MediaRecorder.isTypeSupported(type)) ?? '';
}
