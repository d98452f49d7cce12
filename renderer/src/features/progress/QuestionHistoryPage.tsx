import { recentWindow } from '../../../../shared/domain/progress/answer-facts';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { downloadRecording } from '../../lib/recording-transfer';
import { analyseSavedRecording } from '../../lib/delivery/analyse-now';
import { AttemptList } from './AttemptList';
import { AttemptTrend } from './AttemptTrend';
import { formatDate } from '../../../../shared/domain/dates/format';
import { dueText } from '../../../../shared/domain/dates/relative';
import { categoryName, formatAverage, percent, plural } from './format';

const stateLabels = { new: 'Not reviewed yet', learning: 'Learning', review: 'In review', relearning: 'Relearning' } as const;

/** `#/progress/question/<id>`: one question's figures, review schedule and every attempt. */
export function QuestionHistoryPage({ questionId }: { questionId: number }) {
  const [history, reload] = useApiQuery('progress.questionHistory', { questionId, limit: 200 });
  if (history.status === 'loading') return <p aria-live="polite">Loading…</p>;
  if (history.status === 'error') return <ErrorMessage error={history.error} onRetry={reload} />;
  const { stats, schedule, attempts, totalAttempts } = history.value;
  return (
    <section aria-labelledby="question-heading" className="question-history">
      <p>
        <a href="#/progress">← Progress</a>
      </p>
      <h1 id="question-heading">{stats.text}</h1>
      <p className="muted">
        {stats.bankName} · {categoryName(stats.category)}
        {stats.archived ? ' · archived' : ''}
      </p>
      <dl className="fact-grid">
        <div className="fact">
          <dt>Average confidence</dt>
          <dd>
            <strong>{formatAverage(stats.average)}</strong>
            <span className="muted">
              from {plural(stats.rated, 'rating')}; recent (last {recentWindow}) {formatAverage(stats.recentAverage)}
            </span>
          </dd>
        </div>
        <div className="fact">
          <dt>Over the time limit</dt>
          <dd>
            <strong>{percent(stats.over, stats.timed)}</strong>
            <span className="muted">
              {stats.over} of {plural(stats.timed, 'timed answer')}
            </span>
          </dd>
        </div>
        <div className="fact">
          <dt>Next review</dt>
          <dd>
            {schedule ? (
              <>
                <strong>{schedule.neverPractised ? 'Never practised: due for a first try' : dueText(schedule.due)}</strong>
                <span className="muted">
                  {schedule.inPlan ? 'In an upcoming interview’s plan · ' : ''}
                  {formatDate(schedule.due)} · {stateLabels[schedule.state]} · reviewed {plural(schedule.reps, 'time')}
                  {schedule.lapses > 0 ? `, forgotten ${plural(schedule.lapses, 'time')}` : ''}
                  {schedule.deadline ? ` · kept due before ${formatDate(schedule.deadline)}` : ''}
                </span>
              </>
            ) : (
              <span className="muted">Rate an answer to schedule it.</span>
            )}
          </dd>
        </div>
      </dl>
      <p className="muted">
        Confidence here is the rating that counts for each answer: your rating after replaying the recording where you gave one, otherwise
        the one you gave right after answering. Over the limit includes answers the hard limit cut off.
      </p>
      <h2>Confidence attempt by attempt</h2>
      <AttemptTrend attempts={attempts} />
      <h2>Every attempt</h2>
      {totalAttempts > attempts.length && (
        <p className="muted">
          Showing the latest {attempts.length} of {totalAttempts}. The CSV export in Settings has them all.
        </p>
      )}
      <AttemptList attempts={attempts} loadRecording={(id) => downloadRecording(api.sessions, id)} onAnalyse={analyseSavedRecording} />
    </section>
  );
}
