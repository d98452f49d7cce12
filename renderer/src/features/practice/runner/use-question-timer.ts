import { useCallback, useEffect, useRef, useState } from 'react';
import type { Pressure } from '../../../../../shared/domain/sessions';
import { announcementBetween } from '../../../../../shared/domain/timer/announcements';
import {
  answerTimeSoFar,
  createTimer,
  finishAnswer,
  isPaused,
  pauseTimer,
  resumeTimer,
  settle,
  startAnswering,
  type TimerConfig,
  type TimerState,
} from '../../../../../shared/domain/timer/answer-timer';
import { readTimer, type TimerReading } from '../../../../../shared/domain/timer/timer-reading';

/** How often the display refreshes. Only the display: every value is computed from the clock. */
export const refreshIntervalMs = 200;

export interface Announcement {
  /** Changes with every announcement, so the same words twice are heard twice. */
  id: number;
  text: string;
}

export interface QuestionTimer {
  reading: TimerReading;
  announcement: Announcement | null;
  announce(text: string): void;
  togglePause(): void;
  startAnswering(): void;
  /** Ends the answer; returns the answer time used. */
  finish(): number;
  /** Answer time used so far, e.g. for a skip. */
  usedSoFar(): number;
  /** A reading taken now, fresher than the last refresh. */
  readNow(): TimerReading;
}

/**
 * The clock of one question on screen. `clock` is performance.now() by
 * default (monotonic: unaffected by the system clock changing); tests pass
 * their own. A hidden window's timers are throttled, so the display is
 * refreshed again the moment it becomes visible.
 */
export function useQuestionTimer(config: TimerConfig, pressure: Pressure, clock: () => number = () => performance.now()): QuestionTimer {
  const [initial] = useState(() => {
    const now = clock();
    const state = createTimer(config, now);
    return { state, reading: readTimer(state, now) };
  });
  const clockRef = useRef(clock);
  const stateRef = useRef(initial.state);
  const [reading, setReading] = useState(initial.reading);
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const previous = useRef(initial.reading);
  const nextId = useRef(1);

  const announce = useCallback((text: string) => setAnnouncement({ id: nextId.current++, text }), []);

  const refresh = useCallback(
    (change?: (state: TimerState, now: number) => TimerState) => {
      const now = clockRef.current();
      let state = settle(stateRef.current, now);
      if (change) state = change(state, now);
      stateRef.current = state;
      const next = readTimer(state, now);
      const words = announcementBetween(previous.current, next, pressure);
      previous.current = next;
      setReading(next);
      if (words) announce(words);
    },
    [announce, pressure],
  );

  useEffect(() => {
    const interval = setInterval(() => refresh(), refreshIntervalMs);
    const onVisible = () => refresh();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    return () => {
      clearInterval(interval);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    };
  }, [refresh]);

  return {
    reading,
    announcement,
    announce,
    togglePause: () => refresh((state, now) => (isPaused(state) ? resumeTimer(state, now) : pauseTimer(state, now))),
    startAnswering: () => refresh(startAnswering),
    finish() {
      refresh(finishAnswer);
      return stateRef.current.answerUsedMs ?? 0;
    },
    usedSoFar: () => answerTimeSoFar(stateRef.current, clockRef.current()),
    readNow: () => readTimer(stateRef.current, clockRef.current()),
  };
}
