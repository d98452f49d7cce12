import { useCallback, useRef, useState } from 'react';
import { api } from '../../../api/client';
import { formatElapsed } from '../../../../../shared/domain/timer/format';
import { analyseAndStore } from '../../../lib/delivery/analyse-and-store';
import { uploadRecording } from '../../../lib/recording-transfer';
import type { Take } from '../media/use-recorder';

/** A recording this much longer than the hard limit ran on because the page was busy or throttled; the user is told. */
const overrunToReportMs = 1000;

/** A recording whose save failed: the take is kept in memory so the same recording can be saved again. */
export interface UnsavedRecording {
  position: number;
  /** Why the save failed, in the main process's words (e.g. the full-disk sentence). */
  message: string;
  /** True while it is being saved again. */
  retrying: boolean;
}

interface KeptTake {
  take: Take;
  hardLimitMs: number | null;
}

/**
 * Answers' recordings upload in the background while the user rates; the
 * session waits for them (`settled`) before its summary, so every recording
 * is there to play. A failed upload is never dropped: its take stays in memory
 * (`unsaved`) until it is saved again (`retry`, e.g. once disk space was
 * freed: the main process wrote nothing of the failed try) or the user gives
 * it up (`discard`), so a full disk never costs an answer's re-recording.
 *
 * When `analyse()` is true at the time a recording is saved, its delivery
 * facts are measured right after (issue 15), still in the background: the
 * next question never waits for it, only the summary does, so its timelines
 * are there when it opens.
 */
export function useRecordingUploads(sessionId: number, analyse: () => boolean) {
  const pending = useRef(new Set<Promise<void>>());
  const kept = useRef(new Map<number, KeptTake>());
  const [unsaved, setUnsaved] = useState<UnsavedRecording[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const [busy, setBusy] = useState(0);

  const track = useCallback((job: Promise<void>) => {
    setBusy((n) => n + 1);
    const tracked = job.finally(() => {
      pending.current.delete(tracked);
      setBusy((n) => n - 1);
    });
    pending.current.add(tracked);
  }, []);

  const save = useCallback(
    async (position: number, take: Take, hardLimitMs: number | null) => {
      const result = await uploadRecording(api.sessions, { sessionId, position }, take.blob, take.durationMs);
      if (!result.ok) {
        kept.current.set(position, { take, hardLimitMs });
        setUnsaved((list) => [
          ...list.filter((u) => u.position !== position),
          { position, message: result.error.message, retrying: false },
        ]);
        return;
      }
      kept.current.delete(position);
      setUnsaved((list) => list.filter((u) => u.position !== position));
      if (hardLimitMs !== null && take.durationMs > hardLimitMs + overrunToReportMs)
        setNotes((list) => [
          ...list,
          `The page was busy, so the recording of question ${position + 1} ran past the ${formatElapsed(hardLimitMs)} limit. It is kept at its real length, ${formatElapsed(take.durationMs)}.`,
        ]);
      if (!analyse()) return;
      const analysed = await analyseAndStore(api.sessions, result.value.id, take.blob);
      if (!analysed.ok)
        setNotes((list) => [...list, `The recording of question ${position + 1} was saved but not measured: ${analysed.error.message}`]);
    },
    [sessionId, analyse],
  );

  /**
   * Takes the recording while the recorder is still finishing it, so `settled` waits for that too.
   * It is saved with its real length; one that ran past the answer's hard limit (a busy or
   * throttled page stopped it late) is kept whole, and the user is told.
   */
  const upload = useCallback(
    (position: number, recording: Promise<Take | null>, hardLimitMs: number | null) =>
      track(recording.then((take) => (take ? save(position, take, hardLimitMs) : undefined))),
    [track, save],
  );

  /** Saves a kept take again (the whole upload: the failed try left nothing behind). */
  const retry = useCallback(
    (position: number) => {
      const entry = kept.current.get(position);
      if (!entry) return;
      setUnsaved((list) => list.map((u) => (u.position === position ? { ...u, retrying: true } : u)));
      track(save(position, entry.take, entry.hardLimitMs));
    },
    [track, save],
  );

  /** Gives up every kept take (the user ends the session without them). */
  const discard = useCallback(() => {
    kept.current.clear();
    setUnsaved([]);
  }, []);

  const settled = useCallback(async () => {
    await Promise.allSettled([...pending.current]);
  }, []);

  /** Positions whose take is kept unsaved right now (read after `settled`, when state may not have re-rendered yet). */
  const unsavedNow = useCallback(() => [...kept.current.keys()], []);

  return { upload, retry, discard, settled, unsavedNow, unsaved, notes, busy: busy > 0 };
}
