import { useCallback, useRef, useState } from 'react';
import { api } from '../../../api/client';
import { analyseAndStore } from '../../../lib/delivery-analysis';
import { uploadRecording } from '../../../lib/recording-transfer';

/**
 * Answers' recordings upload in the background while the user rates; the
 * session waits for them (`settled`) before its summary, so every recording
 * is there to play. A failed upload is reported, never silently dropped.
 *
 * When `analyse()` is true at the time a recording is saved, its delivery
 * facts are measured right after (issue 15), still in the background: the
 * next question never waits for it, only the summary does, so its timelines
 * are there when it opens.
 */
export function useRecordingUploads(sessionId: number, analyse: () => boolean) {
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
        if (!result.ok) {
          setFailures((list) => [...list, `The recording of question ${position + 1} could not be saved: ${result.error.message}`]);
          return;
        }
        if (!analyse()) return;
        const analysed = await analyseAndStore(api.sessions, result.value.id, blob);
        if (!analysed.ok)
          setFailures((list) => [
            ...list,
            `The recording of question ${position + 1} was saved but not measured: ${analysed.error.message}`,
          ]);
      });
      const tracked = job.finally(() => {
        pending.current.delete(tracked);
        setBusy((n) => n - 1);
      });
      pending.current.add(tracked);
    },
    [sessionId, analyse],
  );

  const settled = useCallback(async () => {
    await Promise.allSettled([...pending.current]);
  }, []);

  return { upload, settled, failures, busy: busy > 0 };
}
