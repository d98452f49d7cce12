import { useEffect, useRef, useState } from 'react';
import { noteMax, type RatingDraft } from '../../../../../shared/domain/answers';
import { overLimit } from '../../../../../shared/domain/text-limits';
import { TextField } from '../../../components/TextField';
import { selfCheckItems, type SessionItem } from '../../../../../shared/domain/sessions';
import { RatingScale } from '../../../components/RatingScale';
import { confidenceLevels, confidenceWords } from '../confidence';
import { isOverrun, timeUsedText } from '../time-used';
import { EndSessionConfirm } from './EndSessionConfirm';
import { GuidancePanel } from './GuidancePanel';
import type { SaveState } from './rating-draft';
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
  answeredCount: number;
  /** Every change once a confidence is chosen: the container saves it at once (true once acknowledged). */
  onChange: (draft: RatingDraft) => Promise<boolean> | void;
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
  answeredCount,
  onChange,
  onNext,
  onEndSession,
}: RatingPanelProps) {
  const [draft, setDraft] = useState(initial);
  const [confirming, setConfirming] = useState(false);
  const [guidanceOpen, setGuidanceOpen] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const noteTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // A note typed in the last moments, not yet sent: sent when the pause ends, when this panel goes (Next, End
  // session) and, through the one leave-flush every autosaved field uses, when the page or window closes.
  const pendingNote = useRef<RatingDraft | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    const sendPending = async (): Promise<boolean> => {
      clearTimeout(noteTimer.current);
      const waiting = pendingNote.current;
      pendingNote.current = null;
      return waiting === null ? true : (await onChangeRef.current(waiting)) !== false;
    };
    const unregister = registerSaver({ flush: sendPending });
    return () => {
      unregister();
      void sendPending();
    };
  }, []);
  // The last note that fits its limit: a longer one stays in the box, and the rating saves with this one meanwhile.
  const savableNote = useRef(initial.note);

  function update(patch: Partial<RatingDraft>, save = true) {
    const next = { ...draft, ...patch };
    setDraft(next);
    clearTimeout(noteTimer.current);
    pendingNote.current = null;
    if (next.confidence === null) return;
    if (!overLimit(next.note, noteMax)) savableNote.current = next.note;
    const toSave = { ...next, note: savableNote.current };
    if (save) {
      void onChange(toSave);
      return;
    }
    // A note is saved a moment after typing stops, not on every keystroke.
    pendingNote.current = toSave;
    noteTimer.current = setTimeout(() => {
      pendingNote.current = null;
      void onChange(toSave);
    }, noteSaveDelayMs);
  }

  // Not blocked while a save is in flight: leaving the note field saves it just as Next is clicked,
  // and the container queues saves in order, so Next simply waits for them. A note over its limit
  // holds the answer here until shortened, so moving on never drops it.
  const noteTooLong = overLimit(draft.note, noteMax);
  const canGoOn = draft.confidence !== null && !noteTooLong;
  const next = () => {
    if (!canGoOn) return;
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

      <fieldset className="self-check">
        <legend>Delivery self-check: tick what went well</legend>
        {selfCheckItems.map((check) => (
          <label key={check.key} className="toggle">
            <input
              type="checkbox"
              checked={draft.selfCheck[check.key]}
              onChange={(e) => update({ selfCheck: { ...draft.selfCheck, [check.key]: e.currentTarget.checked } })}
            />
            {check.label}
          </label>
        ))}
      </fieldset>

      <label>
        <input type="checkbox" checked={draft.struggled} onChange={(e) => update({ struggled: e.currentTarget.checked })} />I struggled with
        this question
      </label>
      <TextField
        label="Note (optional)"
        name="The note"
        rows={3}
        value={draft.note}
        limit={noteMax}
        onChange={(note) => update({ note }, false)}
        onBlur={() => update({}, true)}
      />

      <p role="status" aria-live="polite" className="save-state">
        {saveState.kind === 'saving' && 'Saving…'}
        {saveState.kind === 'saved' && 'Saved.'}
        {saveState.kind === 'idle' && draft.confidence === null && 'Choose a confidence to save this answer.'}
        {noteTooLong && ' Shorten the note to go on: your rating is saved, the note waits until it fits.'}
      </p>
      {saveState.kind === 'failed' && (
        <div role="alert" className="error-message">
          <p>Your rating was not saved: {saveState.message}</p>
          <button type="button" onClick={() => onChange({ ...draft, note: savableNote.current })}>
            Try again
          </button>
        </div>
      )}

      {confirming ? (
        <EndSessionConfirm
          answeredCount={answeredCount}
          losing={
            draft.confidence === null
              ? 'This answer has no rating yet, so it will not be kept.'
              : noteTooLong
                ? `The note is over its ${noteMax.toLocaleString('en-GB')}-character limit, so only its last version that fitted is kept.`
                : null
          }
          onConfirm={onEndSession}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div className="stage-actions">
          <button type="button" className="primary big" disabled={!canGoOn} onClick={next} aria-keyshortcuts="Enter">
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
