import { useRef, useState } from 'react';
import { api } from '../../api/client';
import { analyseSavedRecording } from '../../lib/delivery/analyse-now';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'finished'; analysed: number; failed: string[]; stopped: boolean }
  | { kind: 'failed'; message: string };

/**
 * "Analyse older recordings" (issue 15): measures every recording that has no
 * delivery facts yet (made before the feature, with it turned off, or by an
 * older version of the method), one at a time, with progress and a Stop
 * button. Each recording's facts are saved as soon as it is done, so stopping
 * or closing the window keeps what was finished.
 */
export function AnalyseOlderRecordings() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const stop = useRef(false);

  async function run() {
    stop.current = false;
    const list = await api.sessions.unanalysedRecordings({});
    if (!list.ok) return setState({ kind: 'failed', message: list.error.message });
    const ids = list.value.recordingIds;
    const failed: string[] = [];
    let analysed = 0;
    for (const [index, id] of ids.entries()) {
      if (stop.current) break;
      setState({ kind: 'running', done: index, total: ids.length });
      const problem = await analyseSavedRecording(id);
      if (problem) failed.push(problem);
      else analysed++;
    }
    setState({ kind: 'finished', analysed, failed, stopped: stop.current });
  }

  return (
    <div className="stack">
      <h3>Delivery facts of older recordings</h3>
      <p className="muted">
        Recordings made before pauses and speaking time were measured (or while it was turned off) can be measured now. It runs on this
        computer and can take a while for many recordings.
      </p>
      {state.kind === 'running' ? (
        <>
          <label>
            Analysing recording {state.done + 1} of {state.total}
            <progress max={state.total} value={state.done} />
          </label>
          <button type="button" onClick={() => (stop.current = true)}>
            Stop analysing
          </button>
        </>
      ) : (
        <button type="button" onClick={() => void run()}>
          Analyse older recordings
        </button>
      )}
      <p role="status" aria-live="polite">
        {state.kind === 'finished' &&
          (state.analysed === 0 && state.failed.length === 0 && !state.stopped
            ? 'Every recording has already been analysed.'
            : `${state.stopped ? 'Stopped. ' : ''}Analysed ${state.analysed} ${state.analysed === 1 ? 'recording' : 'recordings'}.`)}
      </p>
      {state.kind === 'finished' && state.failed.length > 0 && (
        <p role="alert" className="error-message">
          {state.failed.length} could not be analysed: {[...new Set(state.failed)].join(' ')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p role="alert" className="error-message">
          {state.message}
        </p>
      )}
    </div>
  );
}
