import { useState } from 'react';
import type { Result } from '../../../../../shared/contract/result';
import { selfCheckItems, type SessionItem } from '../../../../../shared/domain/sessions';
import { formatElapsed } from '../../../../../shared/domain/timer/format';
import { RatingScale } from '../../../components/RatingScale';
import { confidenceLabel, confidenceWords } from '../confidence';
import { isOverrun, timeUsedText } from '../time-used';
import { RecordingPlayer } from '../../../components/RecordingPlayer';
import { DeliveryPanel } from '../../../components/delivery/DeliveryPanel';

export interface SummaryItemProps {
  item: SessionItem;
  loadRecording: (recordingId: number) => Promise<Result<Blob>>;
  onReRate: (position: number, confidence: number | null) => Promise<string | null>;
  /** Where the question's guidance and answer notes are, or null when there is no route to them. */
  notesHref: string | null;
  /** Analyses a recording that has no delivery facts yet; resolves to an error message or null. */
  onAnalyse?: (recordingId: number) => Promise<string | null>;
}

/** One question of the summary: time against the limit, ratings, self-check, note, recording and re-rating. */
export function SummaryItem({ item, loadRecording, onReRate, notesHref, onAnalyse }: SummaryItemProps) {
  const { answer } = item;
  const [played, setPlayed] = useState(false);
  const [reRateError, setReRateError] = useState<string | null>(null);
  // Shown at once; put back if the save fails.
  const [review, setReview] = useState(answer?.reviewConfidence ?? null);

  async function reRate(value: number) {
    const before = review;
    setReview(value);
    const problem = await onReRate(item.position, value);
    setReRateError(problem);
    if (problem) setReview(before);
  }
  const headingId = `summary-q-${item.position}`;
  const over = answer !== null && isOverrun(answer.timeUsedMs, answer.timeLimitMs, answer.cutOffAtLimit);
  const ticked = answer ? selfCheckItems.filter((c) => answer.selfCheck[c.key]) : [];

  return (
    <li className={`summary-item${over ? ' has-overrun' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="muted">{item.position + 1}.</span> {item.text}
      </h3>
      <p className="muted">
        {item.category && <span className="category-chip">{item.category}</span>} {item.bankName}
        {notesHref && (
          <>
            {' · '}
            <a href={notesHref}>Open this question’s notes</a>
          </>
        )}
      </p>
      {answer === null && <p>Not reached.</p>}
      {answer?.skipped && <p>Skipped after {formatElapsed(answer.timeUsedMs)}.</p>}
      {answer && !answer.skipped && (
        <dl className="summary-facts">
          <dt>Time</dt>
          <dd className={over ? 'overrun' : undefined}>
            {timeUsedText(answer.timeUsedMs, answer.timeLimitMs)}
            {over && <strong className="overrun-badge">{answer.cutOffAtLimit ? ' Cut off at the limit' : ' Over time'}</strong>}
          </dd>
          <dt>Confidence</dt>
          <dd>
            {answer.confidence} – {confidenceLabel(answer.confidence ?? 0)}
            {answer.reviewConfidence !== null && `; after replay ${answer.reviewConfidence} – ${confidenceLabel(answer.reviewConfidence)}`}
            {answer.guidedConfidence !== null &&
              `; after reading the guidance ${answer.guidedConfidence} – ${confidenceLabel(answer.guidedConfidence)}`}
          </dd>
          <dt>Went well</dt>
          <dd>{ticked.length === 0 ? 'Self-check not done' : ticked.map((c) => c.label).join(', ')}</dd>
          {answer.struggled && (
            <>
              <dt>Flag</dt>
              <dd>Struggled with this</dd>
            </>
          )}
          {answer.note && (
            <>
              <dt>Note</dt>
              <dd className="note">{answer.note}</dd>
            </>
          )}
        </dl>
      )}
      {item.recording && (
        <RecordingPlayer
          recording={item.recording}
          load={loadRecording}
          onPlayed={() => setPlayed(true)}
          label={`Recording of question ${item.position + 1}`}
        />
      )}
      {item.recording && answer && !answer.skipped && (
        <DeliveryPanel
          facts={item.recording.delivery}
          selfCheck={answer.selfCheck}
          label={`Question ${item.position + 1}`}
          {...(onAnalyse ? { onAnalyse: () => onAnalyse(item.recording!.id) } : {})}
        />
      )}
      {answer && !answer.skipped && item.recording && (played || answer.reviewConfidence !== null) && (
        <div className="re-rate">
          <RatingScale
            name={`re-rate-${item.position}`}
            legend="After watching it back, how confident are you now?"
            value={review}
            onChange={(value) => void reRate(value)}
            words={{ each: confidenceWords }}
          />
          {reRateError && (
            <p role="alert" className="error-message">
              {reRateError}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
