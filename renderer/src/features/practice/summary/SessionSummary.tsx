import { useEffect, useRef, useState } from 'react';
import type { SessionDetail } from '../../../../../shared/domain/sessions';
import { formatElapsedTotal } from '../../../../../shared/domain/timer/format';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/queries';
import { navigate } from '../../../lib/navigation';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { formatDateTime } from '../../../../../shared/domain/dates/format';
import { downloadRecording } from '../../../lib/recording-transfer';
import { analyseSavedRecording } from '../../../lib/delivery/analyse-now';
import { markFresh } from '../../../lib/fresh-session';
import { typingKeys } from '../../../lib/kept-typing';
import { questionNotesHref } from './notes-link';
import { ReflectionForm } from './ReflectionForm';
import { SummaryItem } from './SummaryItem';
import { weakestOf } from './weakest';
import './summary.css';

/** After a session: every question's time, ratings and recording, the closing reflection and what to do next. */
export function SessionSummary({ detail: initial }: { detail: SessionDetail }) {
  // Arriving from the last rating, keyboard and screen-reader users land on the summary's heading.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [detail, setDetail] = useState(initial);
  const [reflection, reloadReflection] = useApiQuery('reflection.getForSession', { sessionId: initial.id });
  const [startError, setStartError] = useState<string | null>(null);
  const answered = detail.items.filter((i) => i.answer && !i.answer.skipped);
  const confidences = answered.map((i) => i.answer!.confidence ?? 0);
  const average = confidences.length ? confidences.reduce((a, b) => a + b, 0) / confidences.length : null;
  // Every answer shown below (skipped ones too: "Skipped after 0:04") counts, as its shown whole seconds.
  const answeringTotal = formatElapsedTotal(detail.items.flatMap((i) => (i.answer ? [i.answer.timeUsedMs] : [])));
  const weakest = weakestOf(detail.items);

  async function reRate(position: number, reviewConfidence: number | null): Promise<string | null> {
    const result = await api.sessions.saveReviewConfidence({ sessionId: detail.id, position, reviewConfidence });
    if (!result.ok) return result.error.message;
    setDetail((d) => ({ ...d, items: d.items.map((i) => (i.position === position ? { ...i, answer: result.value } : i)) }));
    return null;
  }

  async function practiseWeakest() {
    const result = await api.sessions.start({ setup: detail.setup, questionIds: weakest, origin: 'weakest' });
    if (!result.ok) return setStartError(result.error.message);
    markFresh(result.value.id);
    navigate(`/practice/session/${result.value.id}`);
  }

  return (
    <section className="session-summary" aria-labelledby="summary-heading">
      <h1 id="summary-heading" ref={headingRef} tabIndex={-1}>
        Session summary
      </h1>
      <p className="muted">
        {formatDateTime(detail.startedAt)} · {answered.length} of {detail.items.length} answered
        {average !== null && ` · average confidence ${average.toFixed(1)}`} · {answeringTotal} answering
      </p>

      {/* Each answer's heading is an h3 under this one, so the outline has no skipped level (axe heading-order). */}
      <h2 id="summary-answers-heading">Your answers</h2>
      <ol className="summary-list" aria-labelledby="summary-answers-heading">
        {detail.items.map((item) => (
          <SummaryItem
            key={item.position}
            item={item}
            loadRecording={(id) => downloadRecording(api.sessions, id)}
            onReRate={reRate}
            notesHref={questionNotesHref(item)}
            onAnalyse={analyseSavedRecording}
          />
        ))}
      </ol>

      {reflection.status === 'error' && <ErrorMessage error={reflection.error} onRetry={reloadReflection} />}
      {reflection.status === 'ready' && (
        <ReflectionForm
          initial={reflection.value ?? { wentWell: '', toImprove: '', practiseNext: '' }}
          savedAt={reflection.value?.updatedAt ?? null}
          draftKey={typingKeys.sessionReflection(detail.id)}
          onSave={async (values, base) => {
            const result = await api.reflection.saveForSession({ sessionId: detail.id, ...values, base });
            return result.ok ? null : result.error;
          }}
        />
      )}

      <section className="card next-steps" aria-labelledby="next-heading">
        <h2 id="next-heading">Next steps</h2>
        {weakest.length > 0 ? (
          <p>
            <button type="button" className="primary" onClick={() => void practiseWeakest()}>
              Practise the {weakest.length === 1 ? 'weakest question' : `${weakest.length} weakest questions`} again
            </button>
          </p>
        ) : (
          <p>Every answer was rated 4 or 5. Well done: try a new set-up, or a harder timer.</p>
        )}
        {startError && (
          <p role="alert" className="error-message">
            {startError}
          </p>
        )}
        <p>
          <a href="#/practice">Back to practice</a> to set up another mock interview.
        </p>
      </section>
    </section>
  );
}
