import { useEffect, useRef, useState } from 'react';
import type { Pressure, SessionItem } from '../../../../../shared/domain/sessions';
import { describeTimeLeft } from '../../../../../shared/domain/timer/announcements';
import { guardLeaving } from '../../../lib/leave-guard';
import { EndSessionConfirm } from './EndSessionConfirm';
import { SelfView } from './SelfView';
import { ShortcutLegend } from './ShortcutLegend';
import { TimerRing } from './TimerRing';
import { useQuestionTimer } from './use-question-timer';
import { useShortcuts } from './use-shortcuts';

export interface QuestionStageProps {
  item: SessionItem;
  index: number;
  total: number;
  /** Rated and skipped questions so far, for what ending keeps. */
  ratedCount: number;
  skippedCount: number;
  pressure: Pressure;
  /** Camera self-view, shown while answering (mirrored, like a mirror). */
  selfView: MediaStream | null;
  /** Recording state in words ("Recording sound and video"), or null when not recording. */
  recordingLabel: string | null;
  onAnswerStart: () => void;
  onPauseChange: (paused: boolean) => void;
  onFinished: (timeUsedMs: number, endedAtDeadline: boolean) => void;
  onSkip: (timeUsedMs: number) => void;
  /** Ends the session as "End session" does; `then` runs once it has ended (e.g. to go where the user was heading). */
  onEndSession: (then?: () => void) => void;
  /** The clock (ms); performance.now() unless a test fixes it. */
  clock?: () => number;
}

/** One question on screen: the text, the think-then-answer clock, the actions and their keys. */
export function QuestionStage(props: QuestionStageProps) {
  const { item, index, total, pressure, clock } = props;
  const timer = useQuestionTimer({ thinkMs: item.thinkLimitMs, answerMs: item.answerLimitMs, pressure }, pressure, clock);
  const { reading } = timer;
  /** The end-session question on screen; `leave` when the user is leaving the page (then it goes there). */
  const [confirming, setConfirming] = useState<{ wasRunning: boolean; leave?: () => void } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });

  useEffect(() => headingRef.current?.focus(), []);

  const answering = reading.phase === 'answer';
  useEffect(() => {
    if (answering) callbacks.current.onAnswerStart();
  }, [answering]);

  const finished = reading.phase === 'done';
  useEffect(() => {
    if (finished) callbacks.current.onFinished(reading.elapsedMs, reading.endedAtDeadline);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Fires once, when the phase becomes done; the reading is frozen from then on.
  }, [finished]);

  function togglePause() {
    timer.togglePause();
    const nowPaused = !reading.paused;
    timer.announce(nowPaused ? 'Paused.' : 'Resumed.');
    callbacks.current.onPauseChange(nowPaused);
  }

  function primary() {
    if (reading.phase === 'think') timer.startAnswering();
    else if (reading.phase === 'answer') timer.finish();
  }

  function askToEnd(leave?: () => void) {
    const wasRunning = !reading.paused;
    if (wasRunning) {
      timer.togglePause();
      props.onPauseChange(true);
    }
    setConfirming({ wasRunning, ...(leave ? { leave } : {}) });
  }

  // Leaving by the top navigation, the menu or browser Back asks first, as "End session" does.
  // While the question is already asked, a second try to leave only changes where confirming goes.
  const askToLeave = (leave: () => void) => (confirming ? setConfirming({ ...confirming, leave }) : askToEnd(leave));
  const askRef = useRef(askToLeave);
  useEffect(() => {
    askRef.current = askToLeave;
  });
  useEffect(() => (finished ? undefined : guardLeaving((leave) => askRef.current(leave))), [finished]);

  function keepGoing() {
    if (confirming?.wasRunning) {
      timer.togglePause();
      props.onPauseChange(false);
    }
    setConfirming(null);
    headingRef.current?.focus();
  }

  useShortcuts(
    confirming
      ? { escape: keepGoing }
      : {
          ' ': primary,
          enter: primary,
          p: togglePause,
          s: () => props.onSkip(timer.usedSoFar()),
          t: () => timer.announce(describeTimeLeft(timer.readNow())),
          escape: () => askToEnd(),
        },
    !finished,
  );

  const primaryLabel = reading.phase === 'think' ? 'Start answering' : 'Finish answer';
  return (
    <section className="stage" aria-labelledby="stage-question">
      <p className="stage-meta">
        <span>
          Question {index + 1} of {total}
        </span>
        {item.category && <span className="category-chip">{item.category}</span>}
        {props.recordingLabel && <span className="recording-chip">{props.recordingLabel}</span>}
      </p>
      <h1 id="stage-question" ref={headingRef} tabIndex={-1} className="question-text">
        {item.text}
      </h1>
      <div className="stage-body">
        <TimerRing reading={reading} />
        {props.selfView && answering && <SelfView stream={props.selfView} />}
      </div>
      {reading.paused && !confirming && <p className="paused-note">Paused. Press P or Resume to carry on.</p>}
      {confirming ? (
        <EndSessionConfirm
          ratedCount={props.ratedCount}
          skippedCount={props.skippedCount}
          losing="This question has not been rated, so it will not be kept."
          leaving={confirming.leave !== undefined}
          onConfirm={() => props.onEndSession(confirming.leave)}
          onCancel={keepGoing}
        />
      ) : (
        <div className="stage-actions">
          <button type="button" className="primary big" onClick={primary} aria-keyshortcuts="Space Enter" disabled={finished}>
            {primaryLabel}
          </button>
          <button type="button" onClick={togglePause} aria-keyshortcuts="P" disabled={finished}>
            {reading.paused ? 'Resume' : 'Pause'}
          </button>
          <button type="button" onClick={() => props.onSkip(timer.usedSoFar())} aria-keyshortcuts="S" disabled={finished}>
            Skip question
          </button>
          <button type="button" onClick={() => timer.announce(describeTimeLeft(timer.readNow()))} aria-keyshortcuts="T">
            Time left?
          </button>
          <button type="button" onClick={() => askToEnd()} aria-keyshortcuts="Escape" disabled={finished}>
            End session
          </button>
        </div>
      )}
      <ShortcutLegend
        hints={[
          { keys: ['Space', 'Enter'], label: reading.phase === 'think' ? 'start answering now' : 'finish the answer' },
          { keys: ['P'], label: 'pause or resume' },
          { keys: ['S'], label: 'skip this question' },
          { keys: ['T'], label: 'hear the time left' },
          { keys: ['Esc'], label: 'end the session' },
        ]}
      />
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="timer-announcer">
        {timer.announcement && <span key={timer.announcement.id}>{timer.announcement.text}</span>}
      </div>
    </section>
  );
}
