import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Result } from '../../../shared/contract/result';
import type { RecordingInfo } from '../../../shared/domain/sessions';
import { formatElapsed } from '../../../shared/domain/timer/format';

export const playbackRates = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

interface Props {
  recording: RecordingInfo;
  /** Fetches the bytes (over IPC, in chunks). */
  load: (recordingId: number) => Promise<Result<Blob>>;
  /** The recording has been played back (enables re-rating). */
  onPlayed: () => void;
  label: string;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

/**
 * WebM straight from MediaRecorder carries no duration, so the element reports
 * Infinity and the seek bar does not work until the end is found. Seeking far
 * past the end makes the browser scan the file; then we go back to the start.
 */
export function fixUnknownDuration(media: HTMLMediaElement): void {
  if (Number.isFinite(media.duration)) return;
  const back = () => {
    if (!Number.isFinite(media.duration)) return;
    media.removeEventListener('durationchange', back);
    media.currentTime = 0;
  };
  media.addEventListener('durationchange', back);
  media.currentTime = 1e101;
}

/** Loads a recording on request and plays it at 0.5×–2× speed. */
export function RecordingPlayer({ recording, load, onPlayed, label }: Props) {
  const [url, setUrl] = useState<string | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'ready' | { error: string }>('idle');
  const [rate, setRate] = useState(1);
  const mediaRef = useRef<HTMLMediaElement | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // The load button goes away once the recording is ready: if it had focus, the player takes it, so a keyboard
  // user lands on what they asked for (walker's walk: focus jumped to the next question's link instead).
  const focusPlayer = useRef(false);
  const video = recording.mimeType.startsWith('video/');

  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );

  useEffect(() => {
    // defaultPlaybackRate too: loading a source resets playbackRate to it.
    if (mediaRef.current) {
      mediaRef.current.defaultPlaybackRate = rate;
      mediaRef.current.playbackRate = rate;
    }
  }, [rate, url]);

  // A layout effect: focus moves in the same frame the button is removed, before anything sees it lost.
  useLayoutEffect(() => {
    if (state === 'ready' && focusPlayer.current) {
      focusPlayer.current = false;
      mediaRef.current?.focus();
    }
  }, [state]);

  async function fetchIt() {
    focusPlayer.current = document.activeElement === buttonRef.current;
    setState('loading');
    const result = await load(recording.id);
    if (!result.ok) return setState({ error: result.error.message });
    setUrl(URL.createObjectURL(result.value));
    setState('ready');
  }

  const media = {
    ref: (el: HTMLMediaElement | null) => {
      mediaRef.current = el;
    },
    src: url ?? undefined,
    controls: true,
    preload: 'metadata' as const,
    'aria-label': label,
    onLoadedMetadata: (e: { currentTarget: HTMLMediaElement }) => fixUnknownDuration(e.currentTarget),
    onPlay: onPlayed,
  };

  return (
    <div className="recording-player">
      {state !== 'ready' && (
        // aria-disabled, not disabled, while loading: a disabled button drops the keyboard focus it holds.
        <button
          type="button"
          ref={buttonRef}
          onClick={() => state !== 'loading' && void fetchIt()}
          aria-disabled={state === 'loading' || undefined}
        >
          {state === 'loading'
            ? 'Loading…'
            : `Load the recording (${formatElapsed(recording.durationMs)}, ${sizeText(recording.byteSize)})`}
        </button>
      )}
      {typeof state === 'object' && (
        <p role="alert" className="error-message">
          The recording could not be loaded: {state.error}
        </p>
      )}
      {url && (
        <>
          {video ? <video {...media} playsInline className="playback-video" /> : <audio {...media} />}
          <label className="inline">
            Speed
            <select value={rate} onChange={(e) => setRate(Number(e.currentTarget.value))}>
              {playbackRates.map((r) => (
                <option key={r} value={r}>
                  {r}×
                </option>
              ))}
            </select>
          </label>
        </>
      )}
    </div>
  );
}
