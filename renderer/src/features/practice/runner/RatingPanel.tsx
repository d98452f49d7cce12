import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { noteMax, type RatingBase, type RatingDraft } from '../../../../../shared/domain/answers';
import { overLimit } from '../../../../../shared/domain/text-limits';
import { TextField } from '../../../components/TextField';
import type { SessionItem } from '../../../../../shared/domain/sessions';
import { RatingScale } from '../../../components/RatingScale';
import { confidenceLevels, confidenceWords } from '../confidence';
import { isOverrun, timeUsedText } from '../time-used';
import { EndSessionConfirm } from './EndSessionConfirm';
import { GuidancePanel } from './GuidancePanel';
import { adoptedFrom, adoptedNames, type RatingSaveResult, type SaveState } from './rating-draft';
import { SelfCheckFields } from './SelfCheckFields';
import { useRatingConflict } from './use-rating-conflict';
import { ShortcutLegend } from './ShortcutLegend';
import { useShortcuts } from './use-shortcuts';
import { registerSaver } from '../../../lib/autosave/leave-flush';

export interface RatingPanelProps {
  sessionId: number;
  item: SessionItem;
  timeUsedMs: number;
  /** A hard timer ended the answer; said in the heading, which gets focus, so screen-reader users hear why. */
  endedAtDeadline?: boolean;
  initial: RatingDraft;
  saveState: SaveState;
  isLast: boolean;
  /** Rated and skipped questions so far, for what ending keeps. */
  ratedCount: number;
  skippedCount: number;
  /** Every change once a confidence is chosen: the container saves it at once (its answer, or why not). */
  onChange: (draft: RatingDraft) => Promise<RatingSaveResult>;
  /**
   * This position's base (the rating as this window loaded or last saved it) takes these values: a conflict
   * choice, or (`whenIdle`) another window's values the panel took in after a merged save.
   */
  onRebase: (patch: Partial<RatingBase>, whenIdle: boolean) => void;
  /** The other window skipped this question and the user kept that: the session goes on. */
  onKeptSkip: () => void;
  onNext: (draft: RatingDraft) => void;
  onEndSession: () => void;
}

const noteSaveDelayMs = 800;

/** After an answer: confidence 1–5, the delivery self-check, a note and a "struggled" flag. */
export function RatingPanel({
  sessionId,
  item,
  timeUsedMs,
  endedAtDeadline = false,
  initial,
  saveState,
  isLast,
  ratedCount,
  skippedCount,
  onChange,
  onRebase,
  onKeptSkip,
  onNext,
  onEndSession,
}: RatingPanelProps) {
  const [draft, setDraft] = useState(initial);
  const [confirming, setConfirming] = useState(false);
  const [guidanceOpen, setGuidanceOpen] = useState(false);
  // Fields another window changed that this panel now shows (a merged save), said once in the status line.
  const [adopted, setAdopted] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const draftRef = useRef(draft);
  const noteTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // A note typed in the last moments, not yet sent: sent when the pause ends, when this panel goes (Next, End
  // session) and, through the one leave-flush every autosaved field uses, when the page or window closes.
  const pendingNote = useRef<RatingDraft | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  useEffect(() => headingRef.current?.focus(), []);
  // The last note that fits its limit: a longer one stays in the box, and the rating saves with this one meanwhile.
  const savableNote = useRef(initial.note);
  const conflict = useRatingConflict({
    draft,
    takeTheirs: (patch) => {
      if (patch.note !== undefined) savableNote.current = patch.note;
      setDraft((d) => ({ ...d, ...patch }));
    },
    rebase: (patch) => onRebase(patch, false),
    resave: () => {
      if (draftRef.current.confidence !== null) void send({ ...draftRef.current, note: savableNote.current });
    },
    keepSkipped: onKeptSkip,
    focusAfter: () => (nextRef.current && !nextRef.current.disabled ? nextRef.current : headingRef.current),
  });
  const settleRef = useRef(conflict.settle);

  /**
   * Sends one save and settles its answer: a merged answer brings the other window's values of the fields this
   * panel has not touched since (their base moves with them); a conflict shows the notice. True once saved.
   */
  async function send(toSave: RatingDraft): Promise<boolean> {
    const result = await onChangeRef.current(toSave);
    if (!result.ok) {
      settleRef.current(result.error);
      return false;
    }
    const patch = result.answer ? adoptedFrom(draftRef.current, toSave, result.answer) : {};
    const fields = Object.keys(patch);
    if (fields.length > 0) {
      if (patch.note !== undefined) savableNote.current = patch.note;
      setDraft((d) => ({ ...d, ...patch }));
      onRebase(patch, true);
    }
    setAdopted(fields.length > 0 ? `Another window's change to ${adoptedNames(fields)} is shown here too.` : null);
    return true;
  }
  const sendRef = useRef(send);
  // The latest draft and functions, for saves answered later and the leave-flush (set before any effect runs).
  useLayoutEffect(() => {
    draftRef.current = draft;
    settleRef.current = conflict.settle;
    sendRef.current = send;
  });

  useEffect(() => {
    const sendPending = async (): Promise<boolean> => {
      clearTimeout(noteTimer.current);
      const waiting = pendingNote.current;
      pendingNote.current = null;
      return waiting === null ? true : sendRef.current(waiting);
    };
    const unregister = registerSaver({ flush: sendPending });
    return () => {
      unregister();
      void sendPending();
    };
  }, []);
  function update(patch: Partial<RatingDraft>, save = true) {
    const next = { ...draft, ...patch };
    setDraft(next);
    clearTimeout(noteTimer.current);
    pendingNote.current = null;
    if (next.confidence === null) return;
    if (!overLimit(next.note, noteMax)) savableNote.current = next.note;
    // While the user chooses between this window's rating and another's, changes wait: the choice saves them all.
    if (conflict.pending) return;
    const toSave = { ...next, note: savableNote.current };
    if (save) {
      void send(toSave);
      return;
    }
    // A note is saved a moment after typing stops, not on every keystroke.
    pendingNote.current = toSave;
    noteTimer.current = setTimeout(() => {
      pendingNote.current = null;
      void send(toSave);
    }, noteSaveDelayMs);
  }

  // Not blocked while a save is in flight: leaving the note field saves it just as Next is clicked,
  // and the container queues saves in order, so Next simply waits for them. A note over its limit
  // holds the answer here until shortened, so moving on never drops it.
  const noteTooLong = overLimit(draft.note, noteMax);
  const canGoOn = draft.confidence !== null && !noteTooLong;
  const next = () => {
    if (!canGoOn || conflict.pending) return;
    // Next saves the whole draft, note included: the waiting note has nothing left to send.
    clearTimeout(noteTimer.current);
    pendingNote.current = null;
    onNext(draft);
  };
  const digits = Object.fromEntries(confidenceLevels.map((level) => [String(level.value), () => update({ confidence: level.value })]));
  // Guidance only after the blind rating, so reading it cannot colour the first one.
  const guidanceReady = item.hasNotes && draft.confidence !== null;
  const toggleGuidance = () => {
    if (guidanceReady) setGuidanceOpen((open) => !open);
  };
  useShortcuts(
    confirming ? { escape: () => setConfirming(false) } : { ...digits, g: toggleGuidance, enter: next, escape: () => setConfirming(true) },
  );

  const limit = item.answerLimitMs;
  return (
    <section className="rating" aria-labelledby="rating-heading">
      <h1 id="rating-heading" ref={headingRef} tabIndex={-1}>
        {endedAtDeadline ? 'Time is up. How did that go?' : 'How did that go?'}
      </h1>
      <p className="rating-question">{item.text}</p>
      <p className={isOverrun(timeUsedMs, limit, endedAtDeadline) ? 'time-used overrun' : 'time-used'}>
        Time used: {timeUsedText(timeUsedMs, limit)}
      </p>

      <RatingScale
        name="confidence"
        legend="Confidence in that answer (keys 1–5)"
        size="large"
        value={draft.confidence}
        onChange={(confidence) => update({ confidence })}
        words={{ each: confidenceWords }}
      />

      {guidanceReady && (
        <div className="guidance">
          <button type="button" aria-expanded={guidanceOpen} aria-controls="guidance-panel" aria-keyshortcuts="G" onClick={toggleGuidance}>
            {guidanceOpen ? 'Hide the guidance and my notes' : 'Check against the guidance and my notes'} <kbd>G</kbd>
          </button>
          <div id="guidance-panel" hidden={!guidanceOpen}>
            {guidanceOpen && (
              <GuidancePanel
                sessionId={sessionId}
                position={item.position}
                questionId={item.questionId}
                initialGuided={item.answer?.guidedConfidence ?? null}
                canRate={saveState.kind === 'saved' || item.answer !== null}
              />
            )}
          </div>
        </div>
      )}

      <SelfCheckFields selfCheck={draft.selfCheck} struggled={draft.struggled} onChange={(patch) => update(patch)} />
      <TextField
        label="Note (optional)"
        name="The note"
        rows={3}
        value={draft.note}
        limit={noteMax}
        onChange={(note) => update({ note }, false)}
        onBlur={() => update({}, true)}
      />

      {conflict.notice}
      <p role="status" aria-live="polite" className="save-state">
        {saveState.kind === 'saving' && 'Saving…'}
        {saveState.kind === 'saved' && (adopted ? `Saved. ${adopted}` : 'Saved.')}
        {conflict.pending && 'Not saved: another window changed this rating. Choose above which to keep, then go on.'}
        {saveState.kind === 'idle' && draft.confidence === null && 'Choose a confidence to save this answer.'}
        {noteTooLong && ' Shorten the note to go on: your rating is saved, the note waits until it fits.'}
      </p>
      {saveState.kind === 'failed' && (
        <div role="alert" className="error-message">
          <p>Your rating was not saved: {saveState.message}</p>
          <button type="button" onClick={() => void send({ ...draft, note: savableNote.current })}>
            Try again
          </button>
        </div>
      )}

      {confirming ? (
        <EndSessionConfirm
          ratedCount={ratedCount}
          skippedCount={skippedCount}
          losing={
            draft.confidence === null
              ? 'This answer has no rating yet, so it will not be kept.'
              : conflict.pending
                ? 'Your rating clashes with one saved in another window, so the other window’s is kept.'
                : noteTooLong
                  ? `The note is over its ${noteMax.toLocaleString('en-GB')}-character limit, so only its last version that fitted is kept.`
                  : null
          }
          onConfirm={onEndSession}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div className="stage-actions">
          <button type="button" className="primary big" ref={nextRef} disabled={!canGoOn} onClick={next} aria-keyshortcuts="Enter">
            {isLast ? 'Finish and see the summary' : 'Next question'}
          </button>
          <button type="button" onClick={() => setConfirming(true)} aria-keyshortcuts="Escape">
            End session
          </button>
        </div>
      )}
      <ShortcutLegend
        hints={[
          { keys: ['1', '2', '3', '4', '5'], label: 'confidence' },
          ...(guidanceReady ? [{ keys: ['G'], label: 'guidance and notes' }] : []),
          { keys: ['Enter'], label: isLast ? 'finish' : 'next question' },
          { keys: ['Esc'], label: 'end the session' },
        ]}
      />
    </section>
  );
}
