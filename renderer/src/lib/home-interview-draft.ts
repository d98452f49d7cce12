import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorData } from '../../../shared/contract/result';
import type { InterviewDraft } from '../../../shared/domain/reflection/interview-draft';
import {
  blankInterviewCore,
  type InterviewCoreValues,
  interviewCoreFrom,
  isBlankInterview,
} from '../../../shared/domain/reflection/interview-form';
import { api } from '../api/client';
import { useApiQuery } from '../api/queries';
import { registerSaver } from './autosave/leave-flush';
import { clearLocalDraft, readLocalDraft } from './local-drafts';

/**
 * An upcoming interview typed but not yet logged — on the first-run screen (whose Start never waits
 * for the optional interview) or in home's log form — kept in the data folder by the main process
 * (`reflection.saveInterviewDraft`, walk 5 finding 4), so that another browser profile, cleared site
 * data or a restart loses nothing: home offers to finish logging it, with what is missing named.
 */

/** Where versions before the data-folder draft kept it in this browser's storage (read once, then removed). */
const legacyKey = 'home.interview';

/** The draft as the channel takes it; null when nothing is typed. */
export function draftOf(values: InterviewCoreValues): InterviewDraft | null {
  return isBlankInterview(values) ? null : { ...values };
}

/** A draft kept in this browser by an older version; null when there is none (or nothing was typed in it). */
function readLegacyDraft(): InterviewCoreValues | null {
  const stored = readLocalDraft(legacyKey);
  if (stored === undefined) return null;
  const values = interviewCoreFrom(stored);
  // Older versions filled in a 09:00 time and a first-round stage the user never chose.
  const record = stored as Record<string, unknown> | null;
  if (record?.time === '09:00') values.time = '';
  if (record?.stage === 'first') values.stage = '';
  return isBlankInterview(values) ? null : values;
}

/** Pause in typing before the draft is saved (the autosave's usual pause). */
const saveDelayMs = 500;

export interface HomeInterviewDraft {
  /** What is typed; null until the saved draft has been read. */
  values: InterviewCoreValues | null;
  /** Shows `values` at once and saves them after a pause in typing (and when the page goes away). */
  change(values: InterviewCoreValues): void;
  /** Removes the draft now; resolves false (with `error` set) when it could not be removed. */
  replace(values: InterviewCoreValues): Promise<boolean>;
  /** The last failed save, if the latest one failed. */
  error: ErrorData | null;
}

/** The home interview draft: read from the data folder, with a draft left in this browser by an older version moved there once. */
export function useHomeInterviewDraft(): HomeInterviewDraft {
  const [loaded] = useApiQuery('reflection.getInterviewDraft', {});
  // What this page typed since; until then the saved draft (or one left in this browser by an older version) shows.
  const [edited, setEdited] = useState<InterviewCoreValues | null>(null);
  const [legacy] = useState(readLegacyDraft);
  const [error, setError] = useState<ErrorData | null>(null);
  const pending = useRef<InterviewCoreValues | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saved = loaded.status === 'ready' ? loaded.value : undefined;
  const values = edited ?? (saved === undefined ? null : saved ? interviewCoreFrom(saved) : (legacy ?? blankInterviewCore));

  const send = useCallback(async (next: InterviewCoreValues): Promise<boolean> => {
    const result = await api.reflection.saveInterviewDraft({ draft: draftOf(next) });
    setError(result.ok ? null : result.error);
    return result.ok;
  }, []);

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    return next ? send(next) : true;
  }, [send]);

  useEffect(() => registerSaver({ flush }), [flush]);
  useEffect(() => () => void flush(), [flush]);

  // Moved once: a draft left in this browser goes to the data folder (unless one is there already), then leaves the browser.
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current || saved === undefined || !legacy) return;
    moved.current = true;
    if (saved) return clearLocalDraft(legacyKey);
    void api.reflection.saveInterviewDraft({ draft: draftOf(legacy) }).then((result) => {
      if (result.ok) clearLocalDraft(legacyKey);
      else setError(result.error);
    });
  }, [saved, legacy]);

  return {
    values,
    error,
    change(next) {
      setEdited(next);
      pending.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), saveDelayMs);
    },
    async replace(next) {
      clearTimeout(timer.current);
      pending.current = null;
      setEdited(next);
      return send(next);
    },
  };
}
