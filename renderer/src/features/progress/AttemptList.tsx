import type { Result } from '../../../../shared/contract/result';
import type { Attempt } from '../../../../shared/domain/progress/question-history';
import { isOverLimit, selfCheckDone } from '../../../../shared/domain/progress/answer-facts';
import { selfCheckItems } from '../../../../shared/domain/sessions';
import { RecordingPlayer } from '../../components/RecordingPlayer';
import { DeliveryPanel } from '../../components/delivery/DeliveryPanel';
import { formatDateTime } from '../../../../shared/domain/dates/format';
import { formatDuration } from './format';

interface Props {
  attempts: Attempt[];
  loadRecording: (recordingId: number) => Promise<Result<Blob>>;
  /** Analyses a recording without delivery facts; resolves to an error message or null. */
  onAnalyse?: (recordingId: number) => Promise<string | null>;
}

/** Time against the limit; "over" follows isOverLimit (answer-facts.ts), so a cut-off answer says so. */
function timeText(a: Attempt): string {
  if (a.timeLimitMs === null) return `${formatDuration(a.timeUsedMs)} (untimed)`;
  const base = `${formatDuration(a.timeUsedMs)} of ${formatDuration(a.timeLimitMs)}`;
  if (!isOverLimit(a)) return base;
  return a.cutOffAtLimit ? `${base} — cut off at the limit` : `${base} — ${formatDuration(a.timeUsedMs - a.timeLimitMs)} over`;
}

/** A skipped answer was never rated, so it has no self-check; one with nothing ticked was not done (answer-facts.ts). */
function selfCheckText(a: Attempt): string {
  if (a.skipped) return 'No self-check';
  if (!selfCheckDone(a)) return 'Not done';
  const ticked = selfCheckItems.filter((item) => a.selfCheck[item.key]).map((item) => item.label);
  return `${ticked.length} of ${selfCheckItems.length}: ${ticked.join(', ')}`;
}

/** Every attempt at a question, newest first: rating, time against the limit, self-check, note and recording. */
export function AttemptList({ attempts, loadRecording, onAnalyse }: Props) {
  if (attempts.length === 0) return <p className="empty-state">This question has not been practised yet.</p>;
  return (
    <ol className="attempt-list">
      {attempts.map((a) => (
        <li key={a.id} className="card attempt">
          <h3>{formatDateTime(a.answeredAt)}</h3>
          <dl>
            <div>
              <dt>Confidence</dt>
              <dd>
                {a.skipped
                  ? 'Skipped'
                  : `${a.confidence} of 5${a.reviewConfidence !== null ? `; ${a.reviewConfidence} after replaying the recording` : ''}${
                      a.guidedConfidence !== null ? `; ${a.guidedConfidence} after reading the guidance` : ''
                    }`}
              </dd>
            </div>
            <div>
              <dt>Time</dt>
              <dd>{timeText(a)}</dd>
            </div>
            <div>
              <dt>Self-check</dt>
              <dd>{selfCheckText(a)}</dd>
            </div>
            {a.struggled && (
              <div>
                <dt>Marked</dt>
                <dd>Struggled with this one</dd>
              </div>
            )}
            {a.note && (
              <div>
                <dt>Note</dt>
                <dd className="attempt-note">{a.note}</dd>
              </div>
            )}
          </dl>
          {a.recording && (
            <RecordingPlayer
              recording={a.recording}
              load={loadRecording}
              onPlayed={() => undefined}
              label={`Recording of the answer on ${formatDateTime(a.answeredAt)}`}
            />
          )}
          {a.recording && !a.skipped && (
            <DeliveryPanel
              facts={a.recording.delivery}
              selfCheck={a.selfCheck}
              label={`The attempt on ${formatDateTime(a.answeredAt)}`}
              {...(onAnalyse ? { onAnalyse: () => onAnalyse(a.recording!.id) } : {})}
            />
          )}
        </li>
      ))}
    </ol>
  );
}
