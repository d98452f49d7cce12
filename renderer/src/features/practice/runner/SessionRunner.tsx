import { useCallback, useEffect, useRef, useState } from 'react';
import type { RatingDraft, SessionAnswer } from '../../../../../shared/domain/answers';
import { nextPosition, type SessionDetail } from '../../../../../shared/domain/sessions';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/queries';
import { noVoiceMessage, speak, stopSpeaking } from '../media/speech';
import { useRecorder } from '../media/use-recorder';
import { QuestionStage } from './QuestionStage';
import { RatingPanel } from './RatingPanel';
import { draftFrom, type SaveState } from './rating-draft';
import { ResumeCard } from './ResumeCard';
import { clearFresh } from '../../../lib/fresh-session';
import { useRatingSaves } from './use-rating-saves';
import { UnsavedRecordings } from './UnsavedRecordings';
import { useRecordingUploads } from './use-recording-uploads';
import './runner.css';

type Stage =
  | { kind: 'intro' }
  | { kind: 'preparing' }
  | { kind: 'asking'; position: number }
  | { kind: 'rating'; position: number; timeUsedMs: number; endedAtDeadline: boolean }
  | { kind: 'closing' };

interface Props {
  initial: SessionDetail;
  /** True when the user has just started it; otherwise a resume card comes first. */
  startAtOnce: boolean;
  /** The session ended (finished or ended early): show its summary. */
  onEnded: () => void;
}

/** Runs an in-progress session: each question, its rating, the recordings, and the end. */
export function SessionRunner({ initial, startAtOnce, onEnded }: Props) {
  const [detail, setDetail] = useState(initial);
  const [stage, setStage] = useState<Stage>({ kind: 'intro' });
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);
  const [speechNote, setSpeechNote] = useState<string | null>(null);
  // Ending stopped because a recording's save failed: it waits for "Save … again" or "End without".
  const [heldForRecordings, setHeldForRecordings] = useState(false);
  const runnerRoot = useRef<HTMLDivElement>(null);
  const { setup } = detail;
  const recorder = useRecorder(setup.recording);
  const [preferences] = useApiQuery('settings.get', {});
  // Read when each recording is saved; until the preferences load, the default (on) applies.
  const analyseRef = useRef(true);
  analyseRef.current = preferences.status === 'ready' ? preferences.value.analyseDelivery : true;
  const analyse = useCallback(() => analyseRef.current, []);
  const uploads = useRecordingUploads(detail.id, analyse);
  const { save, rebase, resetBases, queue } = useRatingSaves(initial, setSaveState, remember);

  const ratedCount = detail.items.filter((item) => item.answer !== null && !item.answer.skipped).length;
  const skippedCount = detail.items.filter((item) => item.answer?.skipped === true).length;
  const upcoming = nextPosition(detail.items);

  async function begin(position: number | null) {
    if (position === null) return close();
    setStage({ kind: 'preparing' });
    await recorder.acquire();
    setStage({ kind: 'asking', position });
    const item = detail.items.find((i) => i.position === position);
    const noVoice = () => setSpeechNote(`${noVoiceMessage}: questions are not read aloud.`);
    if (item && setup.readAloud && !speak(item.text, setup.voiceName, setup.speechRate, noVoice)) noVoice();
  }

  const startedRef = useRef(false);
  useEffect(() => {
    if (startedRef.current || !startAtOnce) return;
    startedRef.current = true;
    clearFresh();
    void begin(nextPosition(initial.items));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Runs once, for a session the user has just started.
  }, []);

  useEffect(() => stopSpeaking, []);

  // Ending stopped at an unsaved recording, or its save again succeeded: the button pressed is gone, so focus goes to
  // what comes next (the first "Save … again", then "End the session"), never to the page.
  const unsavedShown = uploads.unsaved.length;
  useEffect(() => {
    if (!heldForRecordings) return;
    const root = runnerRoot.current;
    (root?.querySelector<HTMLElement>('[data-retry-recording]') ?? root?.querySelector<HTMLElement>('[data-end-session]'))?.focus();
  }, [heldForRecordings, unsavedShown]);

  function remember(position: number, answer: SessionAnswer) {
    setDetail((d) => ({ ...d, items: d.items.map((item) => (item.position === position ? { ...item, answer } : item)) }));
  }

  /** Reads the session again (another window answered here meanwhile) and goes on to its next open question. */
  async function resync(message: string) {
    const fresh = await api.sessions.get({ sessionId: detail.id });
    const items = fresh.ok ? fresh.value.items : detail.items;
    if (fresh.ok) {
      setDetail(fresh.value);
      resetBases(fresh.value.items);
    }
    setSaveState({ kind: 'idle' });
    await begin(nextPosition(items));
    setProblem(message);
  }

  /** `cutOffAtLimit`: the hard limit, not the user, ended the answer. */
  const rate = (position: number, timeUsedMs: number, cutOffAtLimit: boolean, draft: RatingDraft) =>
    save(position, { skipped: false, timeUsedMs, cutOffAtLimit, ...draft });

  /**
   * Ends the session (true once ended; false with the problem shown). A recording whose save failed stops it first,
   * so the summary never opens over an answer whose recording is still only in this page; `dropUnsaved` is the
   * user's choice to end without it.
   */
  async function close(dropUnsaved = false): Promise<boolean> {
    setProblem(null);
    setStage({ kind: 'closing' });
    recorder.cancel();
    stopSpeaking();
    await queue.idle();
    await uploads.settled();
    if (dropUnsaved) uploads.discard();
    const held = uploads.unsavedNow().length > 0;
    setHeldForRecordings(held);
    if (held) return false;
    const ended = await api.sessions.end({ sessionId: detail.id });
    if (!ended.ok) {
      setProblem(`The session could not be ended: ${ended.error.message}`);
      return false;
    }
    onEnded();
    return true;
  }

  function after(position: number) {
    const rest = detail.items.filter((item) => item.position !== position && item.answer === null);
    setSaveState({ kind: 'idle' });
    setProblem(null);
    void begin(rest[0]?.position ?? null);
  }

  /** The answer's hard time limit, which the recording also keeps to; null when the answer may run on. */
  function hardLimitOf(position: number): number | null {
    return setup.pressure === 'hard' ? (detail.items.find((i) => i.position === position)?.answerLimitMs ?? null) : null;
  }

  function finished(position: number, timeUsedMs: number, endedAtDeadline: boolean) {
    setStage({ kind: 'rating', position, timeUsedMs, endedAtDeadline });
    uploads.upload(position, recorder.stop(), hardLimitOf(position));
  }

  async function skipped(position: number, timeUsedMs: number) {
    recorder.cancel();
    stopSpeaking();
    const saved = await save(position, { skipped: true, timeUsedMs, cutOffAtLimit: false, ...draftFrom(null) });
    if (saved.ok) after(position);
    else if (saved.error.code === 'conflict' && saved.error.issues?.some((issue) => 'saved' in issue))
      await resync('Another window or tab rated that question meanwhile, so it was not skipped: its rating is kept.');
    else setProblem('Skipping was not saved. Check the data folder is writable, then try again.');
  }

  const recorderNotice =
    recorder.status.kind === 'unavailable' ? recorder.status.message : recorder.status.kind === 'ready' ? recorder.status.note : null;
  const unsavedCount = uploads.unsaved.length;
  const heldNote =
    stage.kind === 'closing' && heldForRecordings && unsavedCount > 0
      ? `${unsavedCount === 1 ? 'A recording is' : `${unsavedCount} recordings are`} not saved yet. Save ${unsavedCount === 1 ? 'it' : 'them'} again with the button beside ${unsavedCount === 1 ? 'its message' : 'each message'}, or end the session without ${unsavedCount === 1 ? 'it' : 'them'}.`
      : null;
  const notices = [recorderNotice, recorder.limitNote, speechNote, problem, heldNote, ...uploads.notes].filter(
    (n): n is string => n !== null,
  );
  const item = stage.kind === 'asking' || stage.kind === 'rating' ? detail.items.find((i) => i.position === stage.position) : undefined;

  return (
    <div className="session-runner" ref={runnerRoot}>
      {notices.length > 0 && (
        <div role="alert" className="notice notice-warning runner-notices">
          {notices.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
      )}
      <UnsavedRecordings unsaved={uploads.unsaved} onRetry={uploads.retry} />
      {stage.kind === 'intro' && !startAtOnce && (
        <ResumeCard detail={detail} position={upcoming} onResume={() => void begin(upcoming)} onEnd={() => void close()} />
      )}
      {stage.kind === 'preparing' && <p role="status">{setup.recording === 'off' ? 'Getting ready…' : 'Getting the microphone ready…'}</p>}
      {stage.kind === 'asking' && item && (
        <QuestionStage
          key={item.position}
          item={item}
          index={item.position}
          total={detail.items.length}
          ratedCount={ratedCount}
          skippedCount={skippedCount}
          pressure={setup.pressure}
          selfView={recorder.status.kind === 'ready' && recorder.status.mode === 'video' ? recorder.status.stream : null}
          recordingLabel={recorder.recording ? 'Recording' : null}
          onAnswerStart={() => {
            stopSpeaking();
            recorder.start(hardLimitOf(item.position));
          }}
          onPauseChange={(paused) => {
            if (!paused) return recorder.resume();
            stopSpeaking();
            recorder.pause();
          }}
          onFinished={(used, atDeadline) => finished(item.position, used, atDeadline)}
          onSkip={(used) => void skipped(item.position, used)}
          onEndSession={(then) => void close().then((ended) => ended && then?.())}
        />
      )}
      {stage.kind === 'rating' && item && (
        <RatingPanel
          key={item.position}
          sessionId={detail.id}
          item={item}
          timeUsedMs={stage.timeUsedMs}
          endedAtDeadline={stage.endedAtDeadline}
          initial={draftFrom(item.answer)}
          saveState={saveState}
          isLast={detail.items.every((i) => i.position === item.position || i.answer !== null)}
          ratedCount={ratedCount}
          skippedCount={skippedCount}
          onChange={(draft) => rate(item.position, stage.timeUsedMs, stage.endedAtDeadline, draft)}
          onRebase={(patch, whenIdle) => rebase(item.position, patch, whenIdle)}
          onKeptSkip={() => void resync('That question stays skipped, as the other window saved it.')}
          onNext={(draft) =>
            void rate(item.position, stage.timeUsedMs, stage.endedAtDeadline, draft).then((saved) => {
              if (saved.ok) after(item.position);
            })
          }
          onEndSession={() => void close()}
        />
      )}
      {stage.kind === 'closing' &&
        (heldForRecordings ? (
          <div className="button-row">
            <button type="button" className="primary" data-end-session disabled={uploads.busy} onClick={() => void close()}>
              End the session
            </button>
            {unsavedCount > 0 && (
              <button type="button" onClick={() => void close(true)}>
                End without {unsavedCount === 1 ? 'this recording' : 'these recordings'}
              </button>
            )}
          </div>
        ) : problem ? (
          <button type="button" className="primary" onClick={() => void close()}>
            Try ending the session again
          </button>
        ) : (
          <p role="status">{uploads.busy ? 'Saving your recordings…' : 'Ending the session…'}</p>
        ))}
    </div>
  );
}
