import { useCallback, useRef, useState } from 'react';
import { api } from '../../../api/client';
import { uploadRecording } from '../../../lib/recording-transfer';

/**
 * Answers' recordings upload in the background while the user rates; the
 * session waits for them (`settled`) before its summary, so every recording
 * is there to play. A failed upload is reported, never silently dropped.
 */
export function useRecordingUploads(sessionId: number) {
  const pending = useRef(new Set<Promise<void>>());
  const [failures, setFailures] = useState<string[]>([]);
  const [busy, setBusy] = useState(0);

  /** Takes the recording while the recorder is still finishing it, so `settled` waits for that too. */
  const upload = useCallback(
    (position: number, recording: Promise<Blob | null>, durationMs: number) => {
      setBusy((n) => n + 1);
      const job = recording.then(async (blob) => {
        if (!blob) return;
        const result = await uploadRecording(api.sessions, { sessionId, position }, blob, durationMs);
        if (!result.ok)
          setFailures((list) => [...list, `The recording of question ${position + 1} could not be saved: ${result.error.message}`]);
      });
      const tracked = job.finally(() => {
        pending.current.delete(tracked);
        setBusy((n) => n - 1);
      });
      pending.current.add(tracked);
    },
    [sessionId],
  );

  const settled = useCallback(async () => {
    await Promise.allSettled([...pending.current]);
  }, []);

  return { upload, settled, failures, busy: busy > 0 };
}
