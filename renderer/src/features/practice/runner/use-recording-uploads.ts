import { useCallback, useRef, useState } from 'react';
import { api } from '../../../api/client';
import { formatElapsed } from '../../../../../shared/domain/timer/format';
import { analyseAndStore } from '../../../lib/delivery/analyse-and-store';
import { uploadRecording } from '../../../lib/recording-transfer';
import type { Take } from '../media/use-recorder';

/** A recording this much longer than the hard limit ran on because the page was busy or throttled; the user is told. */
const overrunToReportMs = 1000;

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

  /**
   * Takes the recording while the recorder is still finishing it, so `settled` waits for that too.
   * It is saved with its real length; one that ran past the answer's hard limit (a busy or
   * throttled page stopped it late) is kept whole, and the user is told.
   */
  const upload = useCallback(
    (position: number, recording: Promise<Take | null>, hardLimitMs: number | null) => {
      setBusy((n) => n + 1);
      const job = recording.then(async (take) => {
        if (!take) return;
        const result = await uploadRecording(api.sessions, { sessionId, position }, take.blob, take.durationMs);
        if (!result.ok) {
          setFailures((list) => [...list, `The recording of question ${position + 1} could not be saved: ${result.error.message}`]);
          return;
        }
        if (hardLimitMs !== null && take.durationMs > hardLimitMs + overrunToReportMs)
          setFailures((list) => [
            ...list,
            `The page was busy, so the recording of question ${position + 1} ran past the ${formatElapsed(hardLimitMs)} limit. It is kept at its real length, ${formatElapsed(take.durationMs)}.`,
          ]);
        if (!analyse()) return;
        const analysed = await analyseAndStore(api.sessions, result.value.id, take.blob);
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
