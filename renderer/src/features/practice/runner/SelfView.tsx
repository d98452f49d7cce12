import { useEffect, useRef } from 'react';

/** The camera, mirrored like a mirror, to check eye contact and posture while answering. Muted: no echo. */
export function SelfView({ stream }: { stream: MediaStream }) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = stream;
    return () => {
      video.srcObject = null;
    };
  }, [stream]);
  return (
    <figure className="self-view">
      <video ref={ref} autoPlay muted playsInline aria-label="Camera self-view (mirrored)" />
      <figcaption className="muted">You, as the interviewer sees you</figcaption>
    </figure>
  );
}
